package org.samling.lifecycle;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.decision.model.Outcome;
import org.samling.decision.service.DecisionService;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditRow;
import org.samling.lifecycle.service.AuditService;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewService;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;
import org.samling.support.Fixtures;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit trail of one submission's life, written by the services as people use them and read
 * back as a chair, as a chair who is one of its authors, and as a reviewer (who may not).
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final ReviewContent REVIEW = new ReviewContent(
            Map.of("relevance", 4, "originality", 3, "clarity", 4, "practice", 5), 3, 2, "Klar og nyttig.", "Passer i sporet.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SubmissionService submissions;
    @Inject
    ReviewService reviews;
    @Inject
    DecisionService decisions;
    @Inject
    AccountService accounts;
    @Inject
    AuditService audit;

    @Test
    void aSubmissionsLifeIsLoggedOnceEachStepWithWhoAndWhatChanged() {
        Fixtures.Conference c = fixtures.conference("it-log", true, false);
        Actor author = fixtures.person("Sanna Lindqvist", "Malmö universitet");
        Actor reviewer = fixtures.reviewer(c, "Ola Nordmann", "OsloMet");
        Long id = fixtures.submit(c, author, "Barnets röst i utredningar", "Om hur barn hörs.");
        submissions.save(author, c.acronym(), id, content(c, author, "Barnets röst i socialtjänstens utredningar"), false,
                Language.SV);
        // A save that is refused writes nothing: the entry is in the transaction that fails.
        assertThrows(DomainException.class, () -> submissions.save(author, c.acronym(), id, content(c, author, ""), false,
                Language.SV));
        Long assignment = fixtures.assign(c, reviewer, id);
        reviews.save(reviewer, assignment, ReviewKind.REVIEW, REVIEW, -1, true, Language.EN);
        decisions.decide(c.chair(), c.acronym(), List.of(id), Outcome.WAITLIST, null, "", false, Language.EN);
        decisions.decide(c.chair(), c.acronym(), List.of(id), Outcome.ACCEPT, c.types().get(0), "", true, Language.EN);

        List<AuditRow> trail = audit.page(c.chair(), c.acronym(), new AuditQuery(null, null, id, null, null), 0, 50,
                Language.EN).rows();
        assertEquals(List.of(AuditKind.DECISION_CORRECTED, AuditKind.DECISION_MADE, AuditKind.REVIEW_SUBMITTED,
                AuditKind.ASSIGNMENT_APPLIED, AuditKind.SUBMISSION_SAVED, AuditKind.SUBMISSION_SUBMITTED),
                trail.stream().map(AuditRow::kind).toList());
        assertEquals(List.of("Birgitte Ødum", "Birgitte Ødum", "Ola Nordmann", "Birgitte Ødum", "Sanna Lindqvist",
                "Sanna Lindqvist"), trail.stream().map(AuditRow::actor).toList());
        assertEquals("Ola Nordmann", trail.get(3).subject());
        assertTrue(trail.get(0).changes().contains("outcome: WAITLIST \u2192 ACCEPT"), trail.get(0).changes());
        assertTrue(trail.get(2).changes().contains("recommendation: 3"), trail.get(2).changes());
        assertTrue(trail.get(4).changes().contains("fields: Title"), trail.get(4).changes());
        assertTrue(trail.get(5).changes().contains("state: SUBMITTED"), trail.get(5).changes());
        assertTrue(trail.get(0).atLocal().endsWith("Europe/Copenhagen"), trail.get(0).atLocal());

        List<AuditRow> byReviewer = audit.page(c.chair(), c.acronym(), new AuditQuery("nordmann", null, null, null, null), 0,
                50, Language.EN).rows();
        assertEquals(List.of(AuditKind.REVIEW_SUBMITTED, AuditKind.ASSIGNMENT_APPLIED, AuditKind.ROLE_GRANTED),
                byReviewer.stream().map(AuditRow::kind).toList());
    }

    @Test
    void aChairWhoWroteTheSubmissionSeesNoReviewerInItsLogAndAReviewerReadsNoLog() {
        Fixtures.Conference c = fixtures.conference("it-log", true, false);
        Actor coChair = fixtures.person("Mikko Virtanen", "Helsingin yliopisto", "chair");
        accounts.grant(c.chair().accountId(), coChair.accountId(), Role.CHAIR, c.id());
        Actor reviewer = fixtures.reviewer(c, "Kari Holm", "NTNU");
        Long id = fixtures.submit(c, coChair, "Sosialt arbeid og bolig", "Om bostedsløse.");
        Long assignment = fixtures.assign(c, reviewer, id);
        reviews.save(reviewer, assignment, ReviewKind.REVIEW, REVIEW, -1, true, Language.EN);

        List<AuditRow> seen = audit.page(coChair, c.acronym(), new AuditQuery(null, null, id, null, null), 0, 50,
                Language.EN).rows();
        assertEquals(List.of(AuditKind.REVIEW_SUBMITTED, AuditKind.ASSIGNMENT_APPLIED, AuditKind.SUBMISSION_SUBMITTED),
                seen.stream().map(AuditRow::kind).toList());
        String hidden = "(hidden: you are an author)";
        assertEquals(List.of(hidden, hidden, "Mikko Virtanen"), seen.stream().map(AuditRow::actor).toList());
        assertEquals(hidden, seen.get(1).subject());
        // Filtering by the reviewer's name must not tell either: none of those entries match for this reader.
        assertEquals(0, audit.page(coChair, c.acronym(), new AuditQuery("Kari Holm", null, id, null, null), 0, 50,
                Language.EN).total());
        String csv = audit.csv(coChair, c.acronym(), new AuditQuery(null, null, id, null, null), Language.EN);
        assertTrue(!csv.contains("Kari Holm") && csv.contains(hidden), csv);
        // The other chair sees who reviews it.
        assertEquals("Kari Holm", audit.page(c.chair(), c.acronym(), new AuditQuery(null, AuditKind.REVIEW_SUBMITTED, id,
                null, null), 0, 50, Language.EN).rows().get(0).actor());

        DomainException refused = assertThrows(DomainException.class,
                () -> audit.page(reviewer, c.acronym(), AuditQuery.ALL, 0, 50, Language.EN));
        assertEquals("auth.forbidden", refused.violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> audit.page(c.chair(), null, AuditQuery.ALL, 0, 50, Language.EN));
    }

    private static SubmissionContent content(Fixtures.Conference c, Actor author, String title) {
        return new SubmissionContent(title, "Om hur barn hörs.", List.of("praksis"), AbstractLanguage.SV, c.tracks().get(0),
                c.types().get(0), List.of(new Author(author.name(), author.email(), "Malmö stad", "SE", true)));
    }
}
