package org.samling.review;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.assignment.model.AssignmentChange;
import org.samling.assignment.model.AssignmentPlan;
import org.samling.assignment.service.AssignmentPreview;
import org.samling.assignment.service.AssignmentService;
import org.samling.conference.service.ConferenceService;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.review.model.AssignmentSource;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.BidPreference;
import org.samling.review.model.Criterion;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.review.service.BiddingService;
import org.samling.review.service.ReviewConflict;
import org.samling.review.service.ReviewFormService;
import org.samling.review.service.ReviewProgressService;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.shared.DomainException;
import org.samling.submission.service.ChairSubmissionRow;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.support.Deployments;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assignment and review on the demo conference, through the services and the database: the
 * pipeline refuses a conflicted pair and applies nothing of a plan with an error; a reviewer saves
 * drafts, a save that crossed another is refused with the stored text, submits, then reads the
 * others' reviews under letters; a conflict declared later hides the assignment; meta-reviews.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewIT {

    private static final ReviewContent COMPLETE = new ReviewContent(
            Map.of("relevance", 4, "originality", 3, "clarity", 4, "practice", 5), 3, 2, "Tydelig og nyttig.",
            "Passer i sporet.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    AssignmentService assignments;
    @Inject
    ReviewService reviews;
    @Inject
    ReviewFormService forms;
    @Inject
    BiddingService bidding;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    AccountService accounts;
    @Inject
    ConferenceService conferences;
    @Inject
    Outbox outbox;
    @Inject
    ReviewProgressService progress;

    private Actor demo(String email, String group) {
        Account a = accounts.findByEmail(email).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", group));
    }

    private Actor chair() {
        return demo(DemoAccounts.CHAIR, "chair");
    }

    private Actor newReviewer(String affiliation) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("rev"), "Nils Granskare", affiliation, "SE",
                Language.SV, "rödgröt med grädde");
        accounts.grant(a.getId(), Role.REVIEWER, conferences.byAcronym("nsw2027", Language.EN).orElseThrow().id());
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "reviewer"));
    }

    private ChairSubmissionRow submission(String titleStart) {
        return chairSubmissions.all(chair(), "nsw2027", Language.EN).stream().filter(r -> r.title().startsWith(titleStart))
                .findFirst().orElseThrow();
    }

    private Long assign(Actor reviewer, Long submissionId) {
        assignments.apply(chair(), plan(AssignmentChange.add(submissionId, reviewer.accountId())), Language.EN);
        return reviews.mine(reviewer, "nsw2027", Language.EN).stream().filter(r -> r.submissionId().equals(submissionId))
                .findFirst().orElseThrow().assignmentId();
    }

    private static AssignmentPlan plan(AssignmentChange... changes) {
        return new AssignmentPlan("nsw2027", AssignmentSource.MANUAL, List.of(changes));
    }

    @Test
    void aPlanWithAConflictedPairIsPreviewedWithItsReasonAndNothingOfItIsApplied() {
        Actor asa = demo(DemoAccounts.REVIEWER_1, "reviewer");
        Actor nils = newReviewer("Malmö universitet");
        Long supervision = submission("Supervision that sticks").id();
        AssignmentPreview preview = assignments.preview(chair(), plan(AssignmentChange.add(supervision, nils.accountId()),
                AssignmentChange.add(supervision, asa.accountId())), Language.EN);
        assertTrue(preview.lines().get(0).findings().isEmpty());
        assertEquals("assignment.conflict", preview.lines().get(1).findings().get(0).messageKey());
        assertFalse(preview.applicable());
        DomainException e = assertThrows(DomainException.class, () -> assignments.apply(chair(),
                plan(AssignmentChange.add(supervision, nils.accountId()), AssignmentChange.add(supervision, asa.accountId())),
                Language.EN));
        assertEquals("assignment.planHasErrors", e.violations().get(0).messageKey());
        assertTrue(reviews.mine(nils, "nsw2027", Language.EN).isEmpty(), "all or nothing: the good half was not applied");
        assertThrows(DomainException.class, () -> assignments.preview(asa, plan(), Language.EN), "chairs only");
    }

    @Test
    void aReviewerSavesADraftAStaleSaveIsRefusedWithBothTextsThenSubmitsAndReadsTheOthersUnderLetters() {
        Actor nils = newReviewer("Malmö universitet");
        Long familie = submission("Når familien").id();
        Long assignment = assign(nils, familie);

        // The reviewer is told by mail, with the title and never an author.
        OutboxMail told = outbox.latest(nils.email(), 1).get(0);
        assertEquals("ASSIGNED", told.getKind());
        assertTrue(told.getBody().contains("Når familien selv sidder for bordet"), told.getBody());
        for (String identity : List.of("Søren Højgaard", "Maja Østergaard", "Københavns Professionshøjskole")) {
            assertFalse(told.getBody().contains(identity), identity + " in the mail");
        }

        ReviewViews.Page page = reviews.page(nils, assignment, Language.SV);
        assertEquals(-1, page.own().version());
        assertEquals(List.of(), page.authors(), "a blind call shows no authors to the committee");
        assertTrue(page.others().isEmpty(), "nothing of the others before one's own review is in");
        assertFalse(page.canDiscuss());
        String shown = page.toString();
        for (String identity : List.of("Søren Højgaard", "Maja Østergaard", "Københavns Professionshøjskole",
                "author1@samling.example", "maja.ostergaard@kp.example", "Sanna")) {
            assertFalse(shown.contains(identity), identity + " on a reviewer's page");
        }

        ReviewViews.Saved first = reviews.save(nils, assignment, ReviewKind.REVIEW,
                new ReviewContent(Map.of("clarity", 4), null, null, "Første tanker", ""), -1, false, Language.SV);
        assertEquals(ReviewState.DRAFT, first.state());
        assertEquals(AssignmentState.DRAFTED, reviews.mine(nils, "nsw2027", Language.SV).stream()
                .filter(r -> r.assignmentId().equals(assignment)).findFirst().orElseThrow().state());

        // A second tab opened before the first save still holds version -1.
        ReviewConflict crossed = assertThrows(ReviewConflict.class, () -> reviews.save(nils, assignment, ReviewKind.REVIEW,
                new ReviewContent(Map.of(), null, null, "Andra fliken", ""), -1, false, Language.SV));
        assertEquals("Første tanker", crossed.stored().toAuthors());
        assertEquals(first.version(), crossed.storedVersion());
        assertEquals("Første tanker", reviews.page(nils, assignment, Language.SV).own().content().toAuthors(),
                "the stale save changed nothing");

        DomainException incomplete = assertThrows(DomainException.class, () -> reviews.save(nils, assignment,
                ReviewKind.REVIEW, new ReviewContent(Map.of("clarity", 4), null, null, "Första tankar", ""), first.version(),
                true, Language.SV));
        assertTrue(incomplete.violations().stream().anyMatch(v -> "recommendation".equals(v.field())));
        ReviewViews.Saved submitted = reviews.save(nils, assignment, ReviewKind.REVIEW, COMPLETE, first.version(), true,
                Language.SV);
        assertEquals(ReviewState.SUBMITTED, submitted.state());

        ReviewViews.Page after = reviews.page(nils, assignment, Language.SV);
        assertTrue(after.own().submitted());
        ReviewViews.Other sanna = after.others().stream().filter(o -> !o.meta()).findFirst().orElseThrow();
        assertFalse(sanna.named());
        assertEquals("A", sanna.reviewer(), "Sanna was assigned first: Reviewer A");
        assertTrue(sanna.content().toAuthors().startsWith("A clear and useful study"));
        assertTrue(after.canDiscuss());
        assertEquals("A", after.discussion().get(0).author());
        reviews.discuss(nils, assignment, "Jeg er enig.");
        assertEquals(2, reviews.page(nils, assignment, Language.SV).discussion().size());

        // Revising a submitted review keeps it submitted and still needs what is required.
        assertThrows(DomainException.class, () -> reviews.save(nils, assignment, ReviewKind.REVIEW,
                new ReviewContent(Map.of(), null, null, "", ""), submitted.version(), false, Language.SV));
        assertEquals(ReviewState.SUBMITTED, reviews.save(nils, assignment, ReviewKind.REVIEW, COMPLETE, submitted.version(),
                false, Language.SV).state());
        // The submitted review cannot be taken away.
        DomainException keep = assertThrows(DomainException.class, () -> assignments.apply(chair(),
                plan(AssignmentChange.remove(familie, nils.accountId())), Language.EN));
        assertEquals("assignment.planHasErrors", keep.violations().get(0).messageKey());
    }

    @Test
    void anotherReviewersAssignmentAndALaterConflictAnswerNotFound() {
        Actor nils = newReviewer("Malmö universitet");
        Actor lars = demo(DemoAccounts.REVIEWER_2, "reviewer");
        Long familie = submission("Når familien").id();
        Long assignment = assign(nils, familie);
        assertEquals("review.notFound", assertThrows(DomainException.class,
                () -> reviews.page(lars, assignment, Language.NB)).violations().get(0).messageKey());
        assertEquals("review.notFound", assertThrows(DomainException.class, () -> reviews.save(lars, assignment,
                ReviewKind.REVIEW, COMPLETE, -1, false, Language.NB)).violations().get(0).messageKey());

        bidding.bid(nils, familie, BidPreference.CONFLICT);
        assertEquals("review.notFound", assertThrows(DomainException.class,
                () -> reviews.page(nils, assignment, Language.SV)).violations().get(0).messageKey());
        assertTrue(reviews.mine(nils, "nsw2027", Language.SV).isEmpty(), "gone from My reviews too");
    }

    @Test
    void removingAnAssignmentDropsItsDraft() {
        Actor nils = newReviewer("Malmö universitet");
        Long workshop = submission("Tillit i mötet").id();
        Long assignment = assign(nils, workshop);
        reviews.save(nils, assignment, ReviewKind.REVIEW, new ReviewContent(Map.of(), null, null, "Utkast", ""), -1, false,
                Language.SV);
        AssignmentPreview preview = assignments.apply(chair(), plan(AssignmentChange.remove(workshop, nils.accountId())),
                Language.EN);
        assertEquals("assignment.draftDropped", preview.lines().get(0).findings().get(0).messageKey());
        assertTrue(reviews.mine(nils, "nsw2027", Language.SV).isEmpty());
    }

    @Test
    void onlyTheReviewerAskedWritesTheMetaReview() {
        Actor sanna = demo(DemoAccounts.REVIEWER_3, "reviewer");
        Actor lars = demo(DemoAccounts.REVIEWER_2, "reviewer");
        Long supervision = submission("Supervision that sticks").id();
        ReviewViews.MyReview sannas = reviews.mine(sanna, "nsw2027", Language.EN).stream()
                .filter(r -> r.submissionId().equals(supervision)).findFirst().orElseThrow();
        assertTrue(sannas.metaAsked());
        ReviewViews.MyReview lars1 = reviews.mine(lars, "nsw2027", Language.NB).stream()
                .filter(r -> r.submissionId().equals(supervision)).findFirst().orElseThrow();
        assertFalse(lars1.metaAsked());
        assertEquals("review.metaNotAsked", assertThrows(DomainException.class, () -> reviews.save(lars,
                lars1.assignmentId(), ReviewKind.META, new ReviewContent(Map.of(), 3, null, "x", ""), -1, false,
                Language.NB)).violations().get(0).messageKey());
        // Her own review first: only then does she read the others and sum them up.
        assertEquals("review.metaAfterOwn", assertThrows(DomainException.class, () -> reviews.save(sanna,
                sannas.assignmentId(), ReviewKind.META, new ReviewContent(Map.of(), 3, null, "Too early.", ""), -1, false,
                Language.EN)).violations().get(0).messageKey());
        assertTrue(reviews.page(sanna, sannas.assignmentId(), Language.EN).others().isEmpty(), "nothing to read yet");
        reviews.save(sanna, sannas.assignmentId(), ReviewKind.REVIEW, new ReviewContent(Map.of("relevance", 4, "originality", 4,
                "clarity", 4, "practice", 4), 4, 3, "A careful study of the first year.", ""), -1, true, Language.EN);
        ReviewViews.Page page = reviews.page(sanna, sannas.assignmentId(), Language.EN);
        long version = page.meta().version();
        assertEquals(ReviewState.SUBMITTED, reviews.save(sanna, sannas.assignmentId(), ReviewKind.META,
                new ReviewContent(Map.of(), 3, null, "Both reviewers are positive.", ""), version, true, Language.EN).state());
    }

    @Test
    void aCriterionReviewsHaveScoredCannotBeRemovedFromTheForm() {
        ReviewFormDefinition d = ReviewFormDefinition.defaults();
        List<Criterion> without = d.criteria().stream().filter(c -> !c.key().equals("relevance")).toList();
        DomainException e = assertThrows(DomainException.class, () -> forms.define(chair(), "nsw2027",
                new ReviewFormDefinition(without, d.recommendation(), d.confidence()), true, null, Language.EN));
        assertEquals("reviewForm.inUse", e.violations().get(0).messageKey());
        assertEquals(4, forms.form(chair(), "nsw2027", Language.EN).definition().criteria().size());
        assertThrows(DomainException.class, () -> forms.form(demo(DemoAccounts.REVIEWER_1, "reviewer"), "nsw2027", Language.EN));
    }

    @Test
    void reviewersDueSoonAreShownAndRemindedByMailWithTitlesOnlyAndNotAgainWithinTheInterval() {
        Actor chair = demo(DemoAccounts.CHAIR, "chair");
        progress.remindEvery(chair, "nsw2027", 0, Language.EN);
        ReviewProgressService.Overview o = progress.overview(chair, "nsw2027", Language.EN);
        ReviewProgressService.Progress asa = o.reviewers().stream().filter(p -> p.name().equals("Åsa Lindqvist")).findFirst()
                .orElseThrow();
        assertTrue(asa.dueSoon() && !asa.late(), "reviews missing two days before the deadline: due soon, not late: " + asa);
        assertTrue(o.reviewers().get(0).dueSoon() || o.reviewers().get(0).late(), "those behind first");
        int reminded = progress.remindLate(chair, "nsw2027", Language.EN);
        assertEquals(o.remindable(), reminded);
        assertTrue(reminded > 0);
        OutboxMail mail = outbox.latest(DemoAccounts.REVIEWER_1, 1).get(0);
        assertEquals("REVIEWREMINDER", mail.getKind());
        assertTrue(mail.getBody().contains("Tillit i mötet med socialtjänsten"), mail.getBody());
        assertFalse(mail.getBody().contains("Karin Ekström"), "titles only, never authors");
        assertThrows(DomainException.class, () -> progress.remindLate(demo(DemoAccounts.REVIEWER_1, "reviewer"), "nsw2027",
                Language.EN));

        // Within the chairs' interval nobody is reminded twice; the time of the last one is shown.
        progress.remindEvery(chair, "nsw2027", 3, Language.EN);
        ReviewProgressService.Overview after = progress.overview(chair, "nsw2027", Language.EN);
        assertEquals(0, after.remindable());
        assertTrue(after.reviewers().stream().filter(p -> p.name().equals("Åsa Lindqvist")).findFirst().orElseThrow()
                .lastReminded() != null);
        assertEquals(0, progress.remindLate(chair, "nsw2027", Language.EN));
        assertEquals("reminderDays", assertThrows(DomainException.class,
                () -> progress.remindEvery(chair, "nsw2027", 61, Language.EN)).violations().get(0).field());
    }
}
