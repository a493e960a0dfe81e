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
import org.samling.search.model.SearchResults;
import org.samling.search.model.SearchSort;
import org.samling.search.persistence.SearchEngine;
import org.samling.search.service.SearchOutbox;
import org.samling.search.service.SearchService;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * OpenSearch goes away in the middle of the work, longer than Hibernate Search's retries: a save
 * still succeeds, the search says it is unavailable, and once the engine is back both the
 * submission saved before and the one saved during the outage are found within seconds, nothing
 * lost (the outbox keeps the change, and what Hibernate Search gave up on is queued again). Stops
 * and starts the real node the build started (config/opensearch.sh). The embedded index has no
 * engine to lose: only the OpenSearch run has this test.
 */
@ExtendWith(ArquillianExtension.class)
class SearchOutageIT {

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
    SearchEngine engine;
    @Inject
    SearchOutbox outbox;

    @Test
    void aSubmissionSavedWhileOpenSearchIsDownIsFoundOnceItIsBack() throws Exception {
        assertTrue(engine.openSearch(), "run on the OpenSearch server only (ejb/pom.xml, it-opensearch)");
        // A word no other submission has, so the test passes when run again.
        String word = "kvadrillion" + letters(8);
        Account owner = accounts.createConfirmed(Deployments.uniqueEmail("outage"), "Tove Outage", "Testinstitutet", "DK",
                Language.DA, "rødgrød med fløde");
        Actor author = new Actor(owner.getId(), owner.getEmail(), owner.getName(), Set.of("user"));
        Long before = submit(author, "Før nedetiden", "Socialrådgivere om " + word + " i Tårnby.");
        assertTrue(engine.awaitIndexed(Duration.ofSeconds(30)));
        assertEquals(List.of(before), ids(chair(word)));

        Long during;
        opensearch("stop");
        try {
            during = submit(author, "Under nedetiden", "Pårørende og " + word + " i Dragør.");
            DomainException down = null;
            try {
                chair(word);
            } catch (DomainException e) {
                down = e;
            }
            assertTrue(down != null, "a search while the engine is down says so");
            assertEquals("search.unavailable", down.violations().get(0).messageKey());
            assertTrue(engine.pendingChanges() > 0, "the change waits in the outbox");
            // A long outage: Hibernate Search tries three times (5 s apart) and gives up on the change;
            // SearchOutbox must queue it again once the engine is back.
            for (int i = 0; i < 400 && outbox.abandoned() == 0; i++) {
                Thread.sleep(100);
            }
            assertTrue(outbox.abandoned() > 0, "given up on within 40 s");
        } finally {
            opensearch("start");
        }

        long started = System.nanoTime();
        List<Long> found = List.of();
        while (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(90)) {
            try {
                engine.refresh();
                found = ids(chair(word));
                if (found.size() == 2) {
                    break;
                }
            } catch (RuntimeException e) {
                // Still coming up.
            }
            Thread.sleep(250);
        }
        assertEquals(Set.of(before, during), Set.copyOf(found), "both found once OpenSearch is back");
        System.out.printf("SearchOutageIT: both submissions found %.1f s after OpenSearch was started again%n",
                (System.nanoTime() - started) / 1e9);
    }

    private Long submit(Actor owner, String title, String text) {
        CallDetails call = conferences.callDetails("nsw2027", Language.EN).orElseThrow();
        return submissions.save(owner, "nsw2027", null,
                new SubmissionContent(title, text, List.of("nedetid"), AbstractLanguage.DA,
                        call.tracks().get(0).id(), call.types().get(0).id(),
                        List.of(new Author(owner.name(), owner.email(), "Testinstitutet", "DK", true))),
                true, Language.EN);
    }

    private SearchResults chair(String q) {
        Account a = accounts.findByEmail(DemoAccounts.CHAIR).orElseThrow();
        return search.search(new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair")), "nsw2027", q,
                SearchSort.RELEVANCE, 1, Language.EN);
    }

    private static List<Long> ids(SearchResults r) {
        return r.hits().stream().map(SearchResults.Hit::id).toList();
    }

    /** Runs config/opensearch.sh with the build's port and folder (SAMLING_IT_OPENSEARCH). */
    private static void opensearch(String command) throws Exception {
        String[] script = System.getenv("SAMLING_IT_OPENSEARCH").split(" ");
        List<String> args = new ArrayList<>(List.of("bash", script[0], command));
        args.addAll(Arrays.asList(script).subList(1, script.length));
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "opensearch-" + command + ".log")).start();
        assertTrue(p.waitFor(150, TimeUnit.SECONDS), "opensearch.sh " + command + " finished");
        assertEquals(0, p.exitValue(), "opensearch.sh " + command);
    }

    private static String letters(int n) {
        Random r = new Random();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(26)));
        }
        return b.toString();
    }
}
