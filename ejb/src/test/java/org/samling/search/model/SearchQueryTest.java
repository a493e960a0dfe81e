package org.samling.search.model;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search box's language: what is searched, what filters, and what is said about what could not be read. */
class SearchQueryTest {

    private static List<String> keys(SearchQuery q) {
        return q.notices().stream().map(SearchQuery.Notice::key).toList();
    }

    @Test
    void wordsPhrasesPrefixesExclusionsAndOrPassThroughInTheSearchSyntax() {
        SearchQuery q = SearchQuery.parse("\"vold i nære relationer\" socialrådgiv* -skole barnevern OR barnevernet", true);
        assertEquals("\"vold i nære relationer\" socialrådgiv* -skole barnevern | barnevernet", q.text());
        assertTrue(q.notices().isEmpty(), q.notices().toString());
        assertEquals("a \"x OR y\"", SearchQuery.parse("a \"x OR y\"", true).text(), "OR inside a phrase is a word");
    }

    @Test
    void fieldFiltersAreTakenOutOfTheTextWithQuotedValues() {
        SearchQuery q = SearchQuery.parse("track:\"Børn og unge\" type:workshop familier state:submitted language:da", true);
        assertEquals("familier", q.text());
        assertEquals(List.of("Børn og unge"), q.filter("track"));
        assertEquals(List.of("workshop"), q.filter("type"));
        assertEquals(List.of("submitted"), q.filter("state"));
        assertEquals(List.of("da"), q.filter("language"));
    }

    @Test
    void authorIsForChairsOnlyAndIsDroppedWithANoticeForOthers() {
        assertEquals(List.of("Ekström"), SearchQuery.parse("author:Ekström", true).filter("author"));
        SearchQuery reviewer = SearchQuery.parse("author:Ekström våld", false);
        assertTrue(reviewer.filter("author").isEmpty());
        assertEquals("våld", reviewer.text(), "the surname is not searched as a word either");
        assertEquals(List.of("search.authorChairsOnly"), keys(reviewer));
    }

    @Test
    void unreadableSyntaxGetsANoticeAndABestEffortSearch() {
        SearchQuery quote = SearchQuery.parse("\"vold i nære", true);
        assertEquals("vold i nære", quote.text());
        assertEquals(List.of("search.unbalancedQuote"), keys(quote));
        SearchQuery brackets = SearchQuery.parse("(barn | unge", true);
        assertEquals("barn | unge", brackets.text());
        assertEquals(List.of("search.unbalancedBracket"), keys(brackets));
        SearchQuery unknown = SearchQuery.parse("colour:red OR", true);
        assertEquals("colour:red", unknown.text(), "an unknown field is searched as words, a dangling OR dropped");
        assertEquals(List.of("search.unknownField"), keys(unknown));
        assertEquals(List.of("colour"), unknown.notices().get(0).args());
        SearchQuery empty = SearchQuery.parse("track:\"\" -", true);
        assertEquals("", empty.text());
        assertEquals(List.of("search.emptyFilter", "search.strayOperator"), keys(empty));
    }

    @Test
    void aPastedAbstractIsCutToTheWordsASearchReadsAndSaysSo() {
        String pasted = String.join(" ", Collections.nCopies(80, "socialrådgivere samarbejder"));
        SearchQuery q = SearchQuery.parse(pasted, true);
        assertEquals(SearchQuery.MAX_TERMS, q.text().split("\\s+").length);
        assertEquals("search.tooLong", q.notices().get(0).key());
        assertTrue(SearchQuery.parse("socialrådgiver", true).notices().isEmpty());
    }
}
