package org.samling.decision;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.AuthorDecisions;
import org.samling.decision.service.DecisionExport;
import org.samling.decision.service.DecisionRanking;
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
import org.samling.review.service.ReviewFormService;
import org.samling.shared.DomainException;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ranking, decisions and notifications on last year's demo conference: statistics and the
 * disagreement flag; decisions in bulk; a change to what authors were told needs a confirmation;
 * notifications in the authors' languages with the reviews' comments to the authors and never a
 * reviewer's name or a comment for the committee; the author's view; the export.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
    DecisionRanking rankings;
    @Inject
    AuthorDecisions authorDecisions;
    @Inject
    DecisionExport export;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;
    @Inject
    DecisionTemplates templates;
    @Inject
    ReviewFormService forms;
    @Inject
    SubmissionService submissionService;
    @Inject
    ConferenceService conferences;

    private Actor demo(String email, String group) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), "user".equals(group) ? Set.of("user") : Set.of("user", group));
    }

    private static DecisionViews.Row row(DecisionViews.Ranking r, String titleStart) {
        return r.rows().stream().filter(x -> x.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    @Order(1)
    void theRankingShowsScoresAndFlagsTheDisagreement() {
        DecisionViews.Ranking r = rankings.ranking(demo(DemoAccounts.CHAIR, "chair"), "nsw2026", Language.EN);
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
        assertThrows(DomainException.class,
                () -> rankings.ranking(demo(DemoAccounts.CHAIR_2026, "chair"), "nsw2027", Language.EN),
                "a chair of another conference");
    }

    @Test
    @Order(2)
    void decisionsInBulkAreToldInTheAuthorsLanguageWithoutReviewerNamesOrCommitteeComments() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DecisionViews.Ranking r = rankings.ranking(chair, "nsw2026", Language.EN);
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
        assertTrue(toEmily.getBody().contains("Review 1:"), toEmily.getBody());
        assertTrue(toEmily.getBody().contains("A strong study with a clear method."), toEmily.getBody());
        assertTrue(toEmily.getBody().contains("Relevance to the conference theme: 5 of 5 (Excellent)"),
                "the chairs of nsw2026 show the scores to authors: " + toEmily.getBody());
        assertTrue(toEmily.getBody().contains("Studien er interessant"), "the second review's comment to the authors");
        for (OutboxMail m : List.of(toKarin, toEmily)) {
            for (String never : NEVER_TO_AUTHORS) {
                assertFalse(m.getBody().contains(never) || m.getSubject().contains(never), never + " in " + m.getBody());
            }
        }
        Account emilyAccount = accounts.findByEmail(DemoAccounts.AUTHOR_3).orElseThrow();
        DecisionViews.ForAuthor seen = authorDecisions.forAuthor(new Actor(emilyAccount.getId(), emilyAccount.getEmail(),
                emilyAccount.getName(), Set.of("user")), emily, Language.EN);
        assertEquals(Outcome.ACCEPT, seen.decision());
        assertEquals(2, seen.reviews().size());
        assertFalse(seen.reviews().get(0).scores().isEmpty(), "scores shown in nsw2026");
        assertTrue(seen.reviews().stream().flatMap(x -> x.scores().stream()).noneMatch(x -> x.contains("onfidence")),
                "never the reviewer's confidence");
        // The chairs hide the scores: the authors read the comments only.
        forms.define(chair, "nsw2026", forms.form(chair, "nsw2026", Language.EN).definition(), true, false, null, Language.EN);
        try {
            DecisionViews.ForAuthor hidden = authorDecisions.forAuthor(new Actor(emilyAccount.getId(), emilyAccount.getEmail(),
                    emilyAccount.getName(), Set.of("user")), emily, Language.EN);
            assertEquals(2, hidden.reviews().size());
            assertTrue(hidden.reviews().stream().allMatch(x -> x.scores().isEmpty()), hidden.reviews().toString());
            assertEquals("A strong study with a clear method.", hidden.reviews().get(0).text());
        } finally {
            forms.define(chair, "nsw2026", forms.form(chair, "nsw2026", Language.EN).definition(), true, true, null, Language.EN);
        }
        assertFalse(seen.toString().contains("Lars"), seen.toString());
        assertThrows(DomainException.class,
                () -> authorDecisions.forAuthor(demo(DemoAccounts.AUTHOR_1, "user"), emily, Language.EN),
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
        String json = export.json(chair, "nsw2026", Language.EN);
        assertTrue(json.contains("\"decision\":\"ACCEPT\""));
        assertTrue(Pattern.compile("\"id\":\\d+,.*\"reviews_done\":\\d+,").matcher(json).find(),
                "ids and counts as integers: " + json);
        String danish = export.csv(chair, "nsw2026", Language.DA);
        assertTrue(danish.startsWith("\uFEFFid;title;authors"), danish.substring(0, 40));
        assertThrows(DomainException.class, () -> export.csv(demo(DemoAccounts.REVIEWER_1, "reviewer"), "nsw2026", Language.EN));
    }

    @Test
    void aChairsOwnWordingIsUsedAndAnUnreadableOneRefusedWithTheOldKept() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        List<DecisionTemplates.Edit> edits = new ArrayList<>(templates.edits(chair, "nsw2027", Language.EN));
        int i = edits.indexOf(edits.stream().filter(e -> e.kind().equals("decisionAccept") && e.language() == Language.EN)
                .findFirst().orElseThrow());
        edits.set(i, new DecisionTemplates.Edit("decisionAccept", Language.EN, "Welcome to {conference}: {title}",
                "Dear {author}, we can't wait to hear \"{title}\".\n\n{comments}", false));
        templates.save(chair, "nsw2027", edits, Language.EN);
        Long paper = rankings.ranking(chair, "nsw2027", Language.EN).rows().stream()
                .filter(r -> r.title().startsWith("Supervision that sticks")).findFirst().orElseThrow().id();
        decisions.decide(chair, "nsw2027", List.of(paper), Outcome.ACCEPT, null, "", false, Language.EN);
        DecisionViews.Mail mail = decisions.preview(chair, paper, Language.EN).get(0);
        assertTrue(mail.subject().startsWith("Welcome to Nordic Social Work Conference 2027"), mail.subject());
        assertTrue(mail.body().startsWith("Dear Emily Carter, we can't wait to hear"), mail.body());

        edits.set(i, new DecisionTemplates.Edit("decisionAccept", Language.EN, "Broken {title", "x", true));
        DomainException e = assertThrows(DomainException.class, () -> templates.save(chair, "nsw2027", edits, Language.EN));
        assertEquals("templates", e.violations().get(0).field());
        assertEquals("{title", e.violations().get(0).args()[2], "the message names what cannot be read");
        assertTrue(decisions.preview(chair, paper, Language.EN).get(0).subject().startsWith("Welcome to"), "the old one kept");
    }

    @Test
    void acceptedAuthorsConfirmWhoPresentsAndSendTheFinalVersionWithTheSameChecks() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        Actor soren = demo(DemoAccounts.AUTHOR_1, "user");
        DecisionViews.Ranking ranking = rankings.ranking(chair, "nsw2026", Language.EN);
        Long paper = row(ranking, "Socialrådgiveren som brobygger").id();
        Long workshop = row(ranking, "Att leda samtal om våld").id();

        DecisionViews.ForAuthor page = authorDecisions.forAuthor(soren, paper, Language.EN);
        assertTrue(page.finalVersionOpen(), "the final-version deadline is ten days away");
        assertTrue(page.authors().get(0).startsWith("Søren"), page.authors().toString());
        DomainException missing = assertThrows(DomainException.class,
                () -> authorDecisions.confirm(soren, paper, null, null, Language.EN));
        assertEquals(List.of("presenter", "attending"),
                missing.violations().stream().map(DomainException.Violation::field).toList());
        assertEquals("presenter",
                assertThrows(DomainException.class, () -> authorDecisions.confirm(soren, paper, 7, true, Language.EN))
                        .violations().get(0).field(),
                "no seventh author");
        assertEquals("submission.notFound", assertThrows(DomainException.class, () -> authorDecisions.confirm(
                demo(DemoAccounts.AUTHOR_3, "user"), paper, 0, true, Language.EN)).violations().get(0).messageKey(),
                "not Emily's");
        assertEquals("finalVersion.onlyAccepted", assertThrows(DomainException.class, () -> authorDecisions.confirm(
                demo(DemoAccounts.AUTHOR_2, "user"), workshop, 0, true, Language.EN)).violations().get(0).messageKey(),
                "rejected");
        authorDecisions.confirm(soren, paper, 0, true, Language.EN);
        DecisionViews.Row confirmed = row(rankings.ranking(chair, "nsw2026", Language.EN), "Socialrådgiveren som brobygger");
        assertTrue(confirmed.presenter().startsWith("Søren"), confirmed.presenter());
        assertEquals(Boolean.TRUE, confirmed.attending());
        assertNotNull(authorDecisions.forAuthor(soren, paper, Language.EN).confirmation().confirmedAt());

        // The final version: the same checks as a submission, track and type as accepted.
        SubmissionContent before = submissionService.content(soren, paper).orElseThrow();
        SubmissionContent longer = new SubmissionContent(before.title(), before.abstractText() + " Endelig version.",
                before.keywords(), before.language(), before.trackId(), before.typeId(), before.authors());
        submissionService.save(soren, "nsw2026", paper, longer, false, Language.EN);
        assertTrue(submissionService.content(soren, paper).orElseThrow().abstractText().endsWith("Endelig version."));
        SubmissionContent noTitle = new SubmissionContent("", before.abstractText(), before.keywords(), before.language(),
                before.trackId(), before.typeId(), before.authors());
        assertEquals("title", assertThrows(DomainException.class, () -> submissionService.save(soren, "nsw2026", paper, noTitle,
                false, Language.EN)).violations().get(0).field());
        CallDetails call = conferences.callDetails("nsw2026", Language.EN).orElseThrow();
        Long otherTrack = call.tracks().stream().map(CallDetails.TrackView::id).filter(t -> !t.equals(before.trackId()))
                .findFirst().orElseThrow();
        SubmissionContent moved = new SubmissionContent(before.title(), before.abstractText(), before.keywords(),
                before.language(),
                otherTrack, before.typeId(), before.authors());
        assertEquals("finalVersion.trackFixed", assertThrows(DomainException.class, () -> submissionService.save(soren, "nsw2026",
                paper, moved, false, Language.EN)).violations().get(0).messageKey());
        assertTrue(submissionService.content(soren, paper).orElseThrow().abstractText().endsWith("Endelig version."), "kept");
        assertEquals("finalVersion.withdrawOnDecisionPage", assertThrows(DomainException.class,
                () -> submissionService.withdraw(soren, paper, Language.EN)).violations().get(0).messageKey());
        assertEquals("submission.notChangeable", assertThrows(DomainException.class, () -> submissionService.save(
                demo(DemoAccounts.AUTHOR_2, "user"), "nsw2026", workshop, before, false, Language.EN)).violations().get(0)
                .messageKey(), "a rejected one takes no final version");
    }

    @Test
    void theRankingCountsAcceptedPerTypeAgainstTheProgrammesCapacity() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DecisionViews.Accepted papers = rankings.ranking(chair, "nsw2026", Language.EN).accepted().stream()
                .filter(a -> a.kind().equals("PAPER")).findFirst().orElseThrow();
        assertEquals(12, papers.capacity(), "the demo's programme takes twelve papers");
        assertTrue(papers.count() >= 1 && !papers.over(), papers.toString());
        assertTrue(new DecisionViews.Accepted("POSTER", 3, 2).over());
        assertFalse(new DecisionViews.Accepted("POSTER", 3, null).over(), "no capacity set: never over");
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it withdraws a submission the others read
    void anAcceptedSubmissionWithdrawnOffersItsPlaceToTheBestOfItsTracksWaitingList() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        DecisionViews.Ranking before = rankings.ranking(chair, "nsw2026", Language.EN);
        Long paper = row(before, "Socialrådgiveren som brobygger").id();
        Long poster = row(before, "Unga vuxna och bostadslöshet").id();
        decisions.decide(chair, "nsw2026", List.of(poster), Outcome.WAITLIST, null, "", true, Language.EN);
        decisions.send(chair, "nsw2026", Language.EN);

        assertEquals("submission.notFound", assertThrows(DomainException.class, () -> authorDecisions.withdrawAccepted(
                demo(DemoAccounts.AUTHOR_2, "user"), paper, Language.EN)).violations().get(0).messageKey(), "not Karin's");
        assertEquals("decision.withdrawOnlyAccepted", assertThrows(DomainException.class, () -> authorDecisions.withdrawAccepted(
                demo(DemoAccounts.AUTHOR_2, "user"), poster, Language.EN)).violations().get(0).messageKey(),
                "waitlisted, not accepted");
        Actor soren = demo(DemoAccounts.AUTHOR_1, "user");
        authorDecisions.withdrawAccepted(soren, paper, Language.EN);
        assertTrue(authorDecisions.forAuthor(soren, paper, Language.EN).withdrawn());

        DecisionViews.Ranking after = rankings.ranking(chair, "nsw2026", Language.EN);
        assertTrue(after.rows().stream().noneMatch(r -> r.id().equals(paper)), "gone from the ranking");
        DecisionViews.Offer offer = after.offers().get(0);
        assertEquals(paper, offer.withdrawnId());
        assertEquals(poster, offer.candidateId(), "the waitlisted poster of the same track");
    }
}
