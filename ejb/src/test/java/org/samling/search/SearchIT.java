package org.samling.search;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.search.model.SearchQuery;
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchSort;
import org.samling.search.persistence.OpenSearchIndexes;
import org.samling.search.persistence.SearchEngine;
import org.samling.search.service.ReindexJobs;
import org.samling.search.service.ReindexRuns;
import org.samling.search.service.SearchService;
import org.samling.shared.DomainException;
import org.samling.shared.JobState;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search as chairs and reviewers use it, on submissions written through the services (so
 * indexed by Hibernate Search: at commit on the embedded index, through the outbox on OpenSearch;
 * the same expectations on both): Nordic stemming and folding, facets, highlighting,
 * what reviewers may never find, the syntax messages, similar submissions and the rebuild.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    /** Nobody else in the demo data has this surname: found by chairs, never by reviewers. */
    private static final String SURNAME = "Qvarnströmsdotter";

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    SearchService search;
    @Inject
    SubmissionService submissions;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    ReindexJobs reindex;
    @Inject
    ReindexRuns runs;
    @Inject
    SearchEngine engine;

    private Actor demo(String email, String group) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", group));
    }

    private Actor author() {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("search"), "Ingrid " + SURNAME, "Testinstitutet", "SE",
                Language.SV, "rødgrød med fløde");
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
    }

    private Long submit(Actor owner, String title, String text, AbstractLanguage language, int track, int type) {
        CallDetails call = conferences.callDetails("nsw2027", Language.EN).orElseThrow();
        return submissions.save(owner, "nsw2027", null, new SubmissionContent(title, text, List.of("nøgleord"), language,
                call.tracks().get(track).id(), call.types().get(type).id(),
                List.of(new Author(owner.name(), owner.email(), "Testinstitutet", "SE", true))), true, Language.EN);
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::id).toList();
    }

    /**
     * What the searches read once every saved change is in the index: at once on the embedded
     * index (indexed at commit), within the outbox's polling and the engine's refresh on OpenSearch.
     */
    private void settled() {
        try {
            for (int i = 0; i < 600 && runs.latest().map(r -> !r.getState().over()).orElse(false); i++) {
                Thread.sleep(100);
            }
            assertTrue(engine.awaitIndexed(Duration.ofSeconds(30)), "every change indexed within 30 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private SearchResults find(Actor actor, String acronym, String q, SearchSort sort, int page, Language reader) {
        settled();
        return search.search(actor, acronym, q, sort, page, reader);
    }

    private List<SearchService.Similar> similar(Actor actor, Long id, Language reader) {
        settled();
        return search.similar(actor, id, reader);
    }

    private SearchResults chair(String q) {
        return find(demo(DemoAccounts.CHAIR, "chair"), "nsw2027", q, SearchSort.RELEVANCE, 1, Language.EN);
    }

    @Test
    void nordicWordsAreFoundInTheirOtherFormsAndSpellings() {
        Actor a = author();
        Long plural = submit(a, "Nye veje for skolens voksne", "Vi interviewede socialrådgivere om samarbejdet med lærerne.",
                AbstractLanguage.DA, 0, 0);
        Long genitive = submit(a, "Tid og tillid", "Socialrådgivernes arbejdsdag i Høje-Taastrup Kommune og på Ærø.",
                AbstractLanguage.DA, 1, 0);
        Long swedish = submit(a, "Barnets röst", "Hur socialtjänsten lyssnar på barn i utredningar.", AbstractLanguage.SV, 0, 1);
        Long norwegian = submit(a, "Tillit i hjemmet", "Hvordan barnevernet bygger tillit hos foreldre.", AbstractLanguage.NB, 0,
                0);

        List<Long> found = ids(chair("socialrådgiver"));
        assertTrue(found.containsAll(List.of(plural, genitive)), "socialrådgivere and socialrådgivernes: " + found);
        assertFalse(found.contains(swedish));
        assertTrue(ids(chair("socialtjänst")).contains(swedish), "socialtjänsten");
        assertTrue(ids(chair("barnevern")).contains(norwegian), "barnevernet");
        for (String spelling : List.of("Hoeje-Taastrup", "Hoje-Taastrup", "Høje-Taastrup", "\"Hoeje Taastrup\"", "Aeroe",
                "Ärö")) {
            assertEquals(List.of(genitive), ids(chair(spelling)), spelling);
        }

        // Highlighted: the matched word is marked in the snippet, the rest escaped.
        SearchResults.Hit hit = chair("socialtjänst").hits().stream().filter(h -> h.id().equals(swedish)).findFirst()
                .orElseThrow();
        assertTrue(hit.snippetHtml().contains("<mark>socialtjänsten</mark>"), hit.snippetHtml());
        assertEquals(List.of("Ingrid " + SURNAME), hit.authors(), "chairs see the authors");

        // Phrases, exclusions, OR and prefixes.
        assertEquals(List.of(swedish), ids(chair("\"lyssnar på barn\"")));
        assertTrue(ids(chair("socialrådgiver -lærerne")).contains(genitive));
        assertFalse(ids(chair("socialrådgiver -lærerne")).contains(plural));
        List<Long> either = ids(chair("socialtjänsten OR barnevernet"));
        assertTrue(either.containsAll(List.of(swedish, norwegian)), either.toString());
        assertTrue(ids(chair("tilli*")).containsAll(List.of(genitive, norwegian)));
    }

    @Test
    void filtersAndFacetsNarrowTheResultsAndCountThem() {
        Actor a = author();
        String word = "Fjällbackamodellen";
        Long paper = submit(a, "Om " + word, word + " i praktiken.", AbstractLanguage.SV, 0, 0);
        Long workshop = submit(a, word + " som workshop", "Övningar med " + word + ".", AbstractLanguage.SV, 1, 1);
        SearchResults all = chair(word);
        assertEquals(2, all.total());
        SearchResults.Facet types = all.facets().stream().filter(f -> f.field().equals("type")).findFirst().orElseThrow();
        assertEquals(Set.of("paper", "workshop"),
                Set.copyOf(types.values().stream().map(SearchResults.FacetValue::value).toList()));
        assertTrue(types.values().stream().allMatch(v -> v.count() == 1 && !v.selected()));
        SearchResults.FacetValue ws = types.values().stream().filter(v -> v.value().equals("workshop")).findFirst().orElseThrow();
        assertEquals(word + " type:workshop", ws.toggleQuery());

        SearchResults narrowed = chair(ws.toggleQuery());
        assertEquals(List.of(workshop), ids(narrowed));
        SearchResults.FacetValue selected = narrowed.facets().stream().filter(f -> f.field().equals("type")).findFirst()
                .orElseThrow().values().get(0);
        assertTrue(selected.selected());
        assertEquals(word, selected.toggleQuery(), "clicking it again widens the search");
        String trackName = conferences.callDetails("nsw2027", Language.EN).orElseThrow().tracks().get(0).name();
        assertEquals(List.of(paper), ids(chair(word + " track:\"" + trackName + "\"")));
        assertEquals(2, chair(word + " language:sv state:submitted").total());
        assertEquals(0, chair(word + " language:da").total());
    }

    @Test
    void reviewersNeverMatchOnAuthorsAndNeverSeeConflictedOrDraftSubmissions() {
        Actor a = author();
        Long id = submit(a, "Ungdomsboende efter placering", "Boendestöd för unga vuxna efter placering.", AbstractLanguage.SV, 0,
                2);
        Actor sanna = demo(DemoAccounts.REVIEWER_3, "reviewer");
        Actor lars = demo(DemoAccounts.REVIEWER_2, "reviewer");

        assertTrue(ids(chair(SURNAME)).contains(id), "a chair's words touch the authors");
        assertTrue(ids(chair("author:" + SURNAME + " placering")).contains(id));
        SearchResults bySurname = find(sanna, "nsw2027", SURNAME, SearchSort.RELEVANCE, 1, Language.EN);
        assertEquals(0, bySurname.total(), "a reviewer's query for an author's surname returns nothing");
        SearchResults byFilter = find(sanna, "nsw2027", "author:" + SURNAME, SearchSort.RELEVANCE, 1, Language.EN);
        assertEquals(List.of("search.authorChairsOnly"), byFilter.notices().stream().map(SearchQuery.Notice::key).toList());
        SearchResults byWords = find(sanna, "nsw2027", "Ungdomsboende", SearchSort.RELEVANCE, 1, Language.EN);
        assertEquals(List.of(id), ids(byWords));
        assertNull(byWords.hits().get(0).authors(), "no authors in a reviewer's result");

        // The authors name Lars as conflicted: his search no longer covers it.
        submissions.nameConflicts(a, id, Set.of(lars.accountId()), Language.SV);
        assertEquals(0, find(lars, "nsw2027", "Ungdomsboende", SearchSort.RELEVANCE, 1, Language.EN).total());
        assertEquals(1, find(sanna, "nsw2027", "Ungdomsboende", SearchSort.RELEVANCE, 1, Language.EN).total());

        // A draft is nobody's search result; a visitor's search covers only the published programme.
        Long draft = submissions.save(a, "nsw2027", null, new SubmissionContent("Ungdomsboende, utkast", "", List.of(), null,
                null, null, List.of()), false, Language.SV);
        assertFalse(ids(chair("Ungdomsboende")).contains(draft));
        SearchResults visitor = find(Actor.VISITOR, "nsw2027", "Ungdomsboende", SearchSort.RELEVANCE, 1, Language.EN);
        assertEquals(0, visitor.total());
        assertEquals("search.programmeOnly", visitor.notices().get(0).key());
    }

    @Test
    void aMalformedQueryGetsTheMessageAndABestEffortSearch() {
        Actor a = author();
        Long id = submit(a, "Våld i nära relationer", "Att fråga om våld tidigt i utredningen.", AbstractLanguage.SV, 3, 1);
        SearchResults r = chair("\"våld tidigt");
        assertEquals(List.of("search.unbalancedQuote"), r.notices().stream().map(SearchQuery.Notice::key).toList());
        assertTrue(ids(r).contains(id), "searched as words");
        SearchResults odd = chair("(våld tidigt colour:red");
        assertEquals(Set.of("search.unbalancedBracket", "search.unknownField"),
                Set.copyOf(odd.notices().stream().map(SearchQuery.Notice::key).toList()));
        SearchResults badValue = chair("våld type:lecture");
        assertEquals("search.unknownValue", badValue.notices().get(0).key());
        assertTrue(ids(badValue).contains(id), "the filter it could not read is left out");
    }

    @Test
    void chairsSeeTheSameAbstractSentToTwoTracksAsSimilar() {
        Actor a = author();
        String text = "Mentorordningar för nyanlända socionomer i kommunernas barnavård: erfarenheter från tre län "
                + "och hur introduktionen kortar tiden till självständigt utredningsarbete.";
        Long first = submit(a, "Mentorordningar för nyanlända socionomer", text, AbstractLanguage.SV, 0, 0);
        Long second = submit(a, "Mentorordningar för nyanlända socionomer i barnavården", text, AbstractLanguage.SV, 2, 0);
        List<SearchService.Similar> similar = similar(demo(DemoAccounts.CHAIR, "chair"), first, Language.EN);
        assertEquals(second, similar.get(0).id(), similar.toString());
        assertThrows(DomainException.class, () -> similar(demo(DemoAccounts.REVIEWER_3, "reviewer"), first, Language.EN),
                "for chairs only");
    }

    @Test
    void decisionsAndScoresAreSearchableAndSortable() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        SearchResults rejected = find(chair, "nsw2026", "decision:reject", SearchSort.SCORE, 1, Language.EN);
        assertTrue(rejected.hits().stream().anyMatch(h -> h.titleHtml().startsWith("Att leda samtal om våld")),
                rejected.hits().toString());
        SearchResults byScore = find(chair, "nsw2026", "", SearchSort.SCORE, 1, Language.EN);
        List<BigDecimal> scores = byScore.hits().stream().map(SearchResults.Hit::score)
                .filter(Objects::nonNull).toList();
        assertTrue(scores.size() >= 3, byScore.hits().toString());
        for (int i = 1; i < scores.size(); i++) {
            assertTrue(scores.get(i - 1).compareTo(scores.get(i)) >= 0, "best score first: " + scores);
        }
    }

    @Test
    void theRebuildIndexesEverySubmissionAndReportsProgress() throws InterruptedException {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        long before = chair("").total();
        String readIndex = engine.openSearch() ? OpenSearchIndexes.fromEnvironment().aliasTarget(OpenSearchIndexes.READ) : null;
        reindex.start(chair, "nsw2027", Language.EN);
        ReindexJobs.Status s = null;
        for (int i = 0; i < 120; i++) {
            s = reindex.latest(chair, "nsw2027", Language.EN).orElseThrow();
            if (s.state().over()) {
                break;
            }
            Thread.sleep(250);
        }
        assertEquals(JobState.DONE, s.state(), String.valueOf(s));
        assertEquals(100, s.percent());
        assertTrue(s.total() >= before, s.toString());
        if (readIndex != null) {
            // OpenSearch: searches moved to a new index, built while they went on reading the old one.
            assertEquals(OpenSearchIndexes.next(readIndex),
                    OpenSearchIndexes.fromEnvironment().aliasTarget(OpenSearchIndexes.READ));
        }
        assertEquals(before, chair("").total(), "the same submissions are found after the rebuild");
        assertThrows(DomainException.class,
                () -> reindex.start(demo(DemoAccounts.REVIEWER_3, "reviewer"), "nsw2027", Language.EN));
    }
}
