package org.samling.search.service;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.samling.search.persistence.NordicAnalysis;
import org.samling.submission.model.AbstractLanguage;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a chair sees marked in a result: the words the index matched, in their inflected and folded
 * forms, escaped text around them, nothing for an excluded word, and a snippet of the abstract
 * around the matches rather than its beginning.
 */
class HighlightingTest {

    private static final Map<String, Analyzer> ANALYZERS = new HashMap<>();

    private static String[] mark(String query, AbstractLanguage language, String title, String abstractText) {
        return new Highlighting(name -> ANALYZERS.computeIfAbsent(name, NordicAnalysis::lucene), query)
                .mark(language, title, abstractText);
    }

    @Test
    void marksInflectedFormsOfTheQuerysStemInTheHitsLanguage() {
        String[] m = mark("socialrådgiver", AbstractLanguage.DA, "Socialrådgivernes arbejdsdag",
                "Hvad socialrådgivere fortæller om tid.");
        assertEquals("<mark>Socialrådgivernes</mark> arbejdsdag", m[0]);
        assertEquals("Hvad <mark>socialrådgivere</mark> fortæller om tid.", m[1]);

        m = mark("socialtjänst", AbstractLanguage.SV, "Barnets röst", "Hur socialtjänsten lyssnar på barn.");
        assertNull(m[0], "nothing in the title to mark");
        assertEquals("Hur <mark>socialtjänsten</mark> lyssnar på barn.", m[1]);
    }

    @Test
    void marksFoldedSpellingsWhereTheyMarkMoreThanTheLanguage() {
        String[] m = mark("Hoeje-Taastrup", AbstractLanguage.DA, "Tid i Høje-Taastrup", "Arbejdsdag på Ærø.");
        assertEquals("Tid i <mark>Høje</mark>-<mark>Taastrup</mark>", m[0]);
        assertNull(m[1]);
        assertEquals("Arbejdsdag på <mark>Ærø</mark>.", mark("Aeroe", AbstractLanguage.DA, "T", "Arbejdsdag på Ærø.")[1]);
    }

    @Test
    void prefixesPhrasesAndOrAreMarkedButExcludedWordsAreNot() {
        String[] m = mark("tilli* -skole", AbstractLanguage.NB, "Tillit i hjemmet", "Tilliten i skole og hjem.");
        assertEquals("<mark>Tillit</mark> i hjemmet", m[0]);
        assertEquals("<mark>Tilliten</mark> i skole og hjem.", m[1]);

        m = mark("\"lyssnar på barn\" | utredning", AbstractLanguage.SV, "Utredningar",
                "Hur socialtjänsten lyssnar på barn, och barn lyssnar.");
        assertEquals("<mark>Utredningar</mark>", m[0]);
        assertEquals("Hur socialtjänsten <mark>lyssnar</mark> <mark>på</mark> <mark>barn</mark>, och barn lyssnar.", m[1],
                "the phrase's words where the phrase stands, not elsewhere");
        assertNull(mark("\"barn lyssnar på\"", AbstractLanguage.SV, "Lyssnar på barn", "Barn och unga.")[0],
                "the words in another order are no phrase");
    }

    @Test
    void textAroundTheMarksIsEscapedAndNordicLettersKept() {
        String[] m = mark("barn", AbstractLanguage.SV, "<b>Barn</b> & \"föräldrar\"", "Ingen träff här.");
        assertEquals("&lt;b&gt;<mark>Barn</mark>&lt;/b&gt; &amp; &quot;föräldrar&quot;", m[0]);
        assertNull(m[1]);
    }

    @Test
    void theSnippetShowsTheMatchesOfALongAbstractNotItsBeginning() {
        String filler = "Denne tekst handler om noget helt andet end det søgte. ".repeat(12);
        String text = filler + "Her nævnes anbragte børn én gang. " + filler;
        String snippet = mark("anbragte", AbstractLanguage.DA, "T", text)[1];
        assertTrue(snippet.contains("<mark>anbragte</mark> børn"), snippet);
        assertTrue(snippet.length() < 300, "a fragment, not the whole abstract: " + snippet.length());
        assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), "text left out on both sides is said: " + snippet);

        String two = filler + "Først anbragte børn. " + filler + "Siden anbragte unge. " + filler;
        String both = mark("anbragte", AbstractLanguage.DA, "T", two)[1];
        assertTrue(both.indexOf("børn") < both.indexOf("unge") && both.contains(" … "), "in the text's order: " + both);
        assertEquals("Hvad <mark>socialrådgivere</mark> fortæller om tid.",
                mark("socialrådgiver", AbstractLanguage.DA, "T", "Hvad socialrådgivere fortæller om tid.")[1],
                "a short abstract whole, without dots");
    }

    @Test
    void aQueryWithoutWordsMarksNothing() {
        String[] m = mark("-barn", AbstractLanguage.SV, "Barn", "Barn och unga.");
        assertNull(m[0]);
        assertNull(m[1]);
    }
}
