package org.samling.decision;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionExport;
import org.samling.decision.service.DecisionService;
import org.samling.decision.service.DecisionTemplates;
import org.samling.decision.service.DecisionViews;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.DomainException;
import org.samling.support.Deployments;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranking, decisions and notifications on last year's demo conference: statistics and the
 * disagreement flag; decisions in bulk; a change to what authors were told needs a confirmation;
 * notifications in the authors' languages with the reviews' comments to the authors and never a
 * reviewer's name or a comment for the committee; the author's view; the export.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class DecisionIT {

    /** Every reviewer's name, and words only the committee was meant to read. */
    private static final List<String> NEVER_TO_AUTHORS = List.of("Åsa Lindqvist", "Lars Øvergaard", "Sanna Mäkinen",
            "Kjenner forfatteren", "Excellent, accept.", "Stark kandidat", "Reject unless space");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    DecisionService decisions;
    @Inject
    DecisionExport export;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;
    @Inject
    DecisionTemplates templates;

    private Actor demo(String email, String group) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), "user".equals(group) ? Set.of("user") : Set.of("user", group));
    }

    private static DecisionViews.Row row(DecisionViews.Ranking r, String titleStart) {
        return r.rows().stream().filter(x -> x.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    @org.junit.jupiter.api.Order(1)
    void theRankingShowsScoresAndFlagsTheDisagreement() {
        DecisionViews.Ranking r = decisions.ranking(demo(DemoAccounts.CHAIR, "chair"), "nsw2026", Language.EN);
        assertTrue(r.rows().size() >= 3, "four abstracts, one perhaps withdrawn since");
        DecisionViews.Row emily = row(r, "Digital case records");
        assertEquals(2, emily.reviewsDone());
        assertTrue(emily.stats().disagreement(), emily.stats().toString());
        assertTrue(emily.stats().spread() >= 40);
        DecisionViews.Row paper = row(r, "Socialrådgiveren som brobygger");
        assertEquals(Outcome.ACCEPT, paper.decision());
        assertTrue(paper.told() && !paper.pending());
        assertFalse(paper.stats().disagreement());
        assertTrue(r.mayNotifyNow(), "last year's notification date is past");
        assertEquals(r.rows().stream().filter(x -> x.stats().mean() != null).count(),
                r.scoreHistogram().stream().mapToInt(Integer::intValue).sum(), "every reviewed submission in a bar");
        assertEquals(1, r.perTrack().stream().mapToLong(DecisionViews.TrackCount::rejected).sum(), "Karin's workshop");
        assertEquals(8, r.reviewsOverTime().get(r.reviewsOverTime().size() - 1).submitted(), "eight reviews in all");
        assertThrows(DomainException.class, () -> decisions.ranking(demo(DemoAccounts.CHAIR_2026, "chair"), "nsw2027", Language.EN),
                "a chair of another conference");
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void decisionsInBulkAreToldInTheAuthorsLanguageWithoutReviewerNamesOrCommitteeComments() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DecisionViews.Ranking r = decisions.ranking(chair, "nsw2026", Language.EN);
        Long emily = row(r, "Digital case records").id();
        Long poster = row(r, "Unga vuxna och bostadslöshet").id();
        assertEquals(2, decisions.decide(chair, "nsw2026", List.of(emily, poster), Outcome.ACCEPT, null, "Accept both.", false,
                Language.EN));
        List<DecisionViews.Mail> preview = decisions.preview(chair, emily, Language.EN);
        assertEquals("author3@samling.example", preview.get(0).to());
        assertEquals("en", preview.get(0).language());
        assertTrue(preview.get(0).subject().startsWith("Accepted: Digital case records"), preview.get(0).subject());

        int sent = decisions.send(chair, "nsw2026", Language.EN);
        assertEquals(2, sent, "Emily and Karin, one mail each");
        OutboxMail toKarin = outbox.latest("author2@samling.example", 1).get(0);
        assertTrue(toKarin.getSubject().startsWith("Antagen: Unga vuxna"), "Karin writes Swedish: " + toKarin.getSubject());
        OutboxMail toEmily = outbox.latest("author3@samling.example", 1).get(0);
        assertTrue(toEmily.getBody().contains("Review 1: A strong study with a clear method."), toEmily.getBody());
        assertTrue(toEmily.getBody().contains("Studien er interessant"), "the second review's comment to the authors");
        for (OutboxMail m : List.of(toKarin, toEmily)) {
            for (String never : NEVER_TO_AUTHORS) {
                assertFalse(m.getBody().contains(never) || m.getSubject().contains(never), never + " in " + m.getBody());
            }
        }
        Account emilyAccount = accounts.findByEmail(DemoAccounts.AUTHOR_3).orElseThrow();
        DecisionViews.ForAuthor seen = decisions.forAuthor(new Actor(emilyAccount.getId(), emilyAccount.getEmail(),
                emilyAccount.getName(), Set.of("user")), emily, Language.EN);
        assertEquals(Outcome.ACCEPT, seen.decision());
        assertEquals(2, seen.comments().size());
        assertFalse(seen.toString().contains("Lars"), seen.toString());
        assertThrows(DomainException.class, () -> decisions.forAuthor(demo(DemoAccounts.AUTHOR_1, "user"), emily, Language.EN),
                "another author");

        // Told now: a change needs the confirmation and is told again as a correction.
        DomainException unconfirmed = assertThrows(DomainException.class, () -> decisions.decide(chair, "nsw2026",
                List.of(emily), Outcome.WAITLIST, null, "", false, Language.EN));
        assertEquals("confirm", unconfirmed.violations().get(0).field());
        decisions.decide(chair, "nsw2026", List.of(emily), Outcome.WAITLIST, null, "", true, Language.EN);
        assertEquals(1, decisions.send(chair, "nsw2026", Language.EN));
        OutboxMail correction = outbox.latest("author3@samling.example", 1).get(0);
        assertTrue(correction.getBody().contains("This corrects the message"), correction.getBody());
    }

    @Test
    void notificationsWaitForTheNotificationDateAndTheExportOpensInASpreadsheet() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DomainException early = assertThrows(DomainException.class, () -> decisions.send(chair, "nsw2027", Language.EN));
        assertEquals("decision.beforeNotificationDate", early.violations().get(0).messageKey());
        String csv = export.csv(chair, "nsw2026", Language.EN);
        assertTrue(csv.startsWith("\uFEFFid,title,authors"), csv.substring(0, 40));
        assertTrue(csv.contains("Socialrådgiveren som brobygger mellem skole og familie"));
        assertTrue(csv.contains("Søren Højgaard"), "the chairs' export names authors");
        assertTrue(export.json(chair, "nsw2026", Language.EN).contains("\"decision\":\"ACCEPT\""));
        assertThrows(DomainException.class, () -> export.csv(demo(DemoAccounts.REVIEWER_1, "reviewer"), "nsw2026", Language.EN));
    }

    @Test
    void aChairsOwnWordingIsUsedAndAnUnreadableOneRefusedWithTheOldKept() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        List<DecisionTemplates.Edit> edits = new java.util.ArrayList<>(templates.edits(chair, "nsw2027", Language.EN));
        int i = edits.indexOf(edits.stream().filter(e -> e.kind().equals("decisionAccept") && e.language() == Language.EN)
                .findFirst().orElseThrow());
        edits.set(i, new DecisionTemplates.Edit("decisionAccept", Language.EN, "Welcome to {2}: {1}",
                "Dear {0}, we can't wait to hear \"{1}\".\n\n{4}", false));
        templates.save(chair, "nsw2027", edits, Language.EN);
        Long paper = decisions.ranking(chair, "nsw2027", Language.EN).rows().stream()
                .filter(r -> r.title().startsWith("Supervision that sticks")).findFirst().orElseThrow().id();
        decisions.decide(chair, "nsw2027", List.of(paper), Outcome.ACCEPT, null, "", false, Language.EN);
        DecisionViews.Mail mail = decisions.preview(chair, paper, Language.EN).get(0);
        assertTrue(mail.subject().startsWith("Welcome to Nordic Social Work Conference 2027"), mail.subject());
        assertTrue(mail.body().startsWith("Dear Emily Carter, we can't wait to hear"), mail.body());

        edits.set(i, new DecisionTemplates.Edit("decisionAccept", Language.EN, "Broken {1", "x", true));
        DomainException e = assertThrows(DomainException.class, () -> templates.save(chair, "nsw2027", edits, Language.EN));
        assertEquals("templates", e.violations().get(0).field());
        assertTrue(decisions.preview(chair, paper, Language.EN).get(0).subject().startsWith("Welcome to"), "the old one kept");
    }

    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE) // last: it withdraws a submission the others read
    void anAcceptedSubmissionWithdrawnOffersItsPlaceToTheBestOfItsTracksWaitingList() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DecisionViews.Ranking before = decisions.ranking(chair, "nsw2026", Language.EN);
        Long paper = row(before, "Socialrådgiveren som brobygger").id();
        Long poster = row(before, "Unga vuxna och bostadslöshet").id();
        decisions.decide(chair, "nsw2026", List.of(poster), Outcome.WAITLIST, null, "", true, Language.EN);
        decisions.send(chair, "nsw2026", Language.EN);

        assertEquals("submission.notFound", assertThrows(DomainException.class, () -> decisions.withdrawAccepted(
                demo(DemoAccounts.AUTHOR_2, "user"), paper, Language.EN)).violations().get(0).messageKey(), "not Karin's");
        assertEquals("decision.withdrawOnlyAccepted", assertThrows(DomainException.class, () -> decisions.withdrawAccepted(
                demo(DemoAccounts.AUTHOR_2, "user"), poster, Language.EN)).violations().get(0).messageKey(), "waitlisted, not accepted");
        Actor soren = demo(DemoAccounts.AUTHOR_1, "user");
        decisions.withdrawAccepted(soren, paper, Language.EN);
        assertTrue(decisions.forAuthor(soren, paper, Language.EN).withdrawn());

        DecisionViews.Ranking after = decisions.ranking(chair, "nsw2026", Language.EN);
        assertTrue(after.rows().stream().noneMatch(r -> r.id().equals(paper)), "gone from the ranking");
        DecisionViews.Offer offer = after.offers().get(0);
        assertEquals(paper, offer.withdrawnId());
        assertEquals(poster, offer.candidateId(), "the waitlisted poster of the same track");
    }
}
