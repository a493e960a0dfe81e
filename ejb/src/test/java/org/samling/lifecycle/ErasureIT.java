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
import org.samling.identity.service.AccountService;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginService;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditRow;
import org.samling.lifecycle.service.AuditService;
import org.samling.lifecycle.service.ErasureService;
import org.samling.notification.model.Outbox;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewReading;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;
import org.samling.support.Fixtures;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Erasing a person: their name goes from every list (an accepted submission keeps it, as the
 * person asked), their review and the decisions stay, their mails keep no address, they cannot
 * log in, and the log says an account was erased without saying who it was.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final ReviewContent REVIEW = new ReviewContent(
            Map.of("relevance", 4, "originality", 3, "clarity", 4, "practice", 5), 3, 2, "Klar.", "Godt.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    SubmissionService submissions;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    ReviewService reviews;
    @Inject
    ReviewReading reading;
    @Inject
    DecisionService decisions;
    @Inject
    ErasureService erasure;
    @Inject
    LoginService logins;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;
    @Inject
    AuditService audit;

    @Test
    void anAdminErasesAPersonWhoStaysAuthorOfTheAcceptedSubmissionOnly() {
        Fixtures.Conference c = fixtures.conference("it-erase", true, false);
        Actor admin = fixtures.person("Ingrid Admin", "Samling", "admin");
        Actor hanne = fixtures.reviewer(c, "Hanne Lykke", "Roskilde Universitet");
        Actor other = fixtures.person("Per Dahl", "UiB");
        Actor reviewer = fixtures.reviewer(c, "Eva Strand", "NTNU");
        Long accepted = fixtures.submit(c, hanne, "Familier i udsatte boligområder", "Om boligområder.");
        Long open = submissions.save(other, c.acronym(), null, new SubmissionContent("Ensomhed blandt ældre", "Om ensomhed.",
                List.of(), AbstractLanguage.DA, c.tracks().get(0), c.types().get(0), List.of(
                        new Author(other.name(), other.email(), "UiB", "NO", true),
                        new Author(hanne.name(), hanne.email(), "Roskilde Universitet", "DK", false))),
                true, Language.DA);
        Long third = fixtures.submit(c, fixtures.person("Lena Ek", "Stockholms universitet"), "Barn i skolan", "Om skolan.");
        reviews.save(hanne, fixtures.assign(c, hanne, third), ReviewKind.REVIEW, REVIEW, -1, true, Language.EN);
        reviews.save(reviewer, fixtures.assign(c, reviewer, accepted), ReviewKind.REVIEW, REVIEW, -1, true, Language.EN);
        decisions.decide(c.chair(), c.acronym(), List.of(accepted), Outcome.ACCEPT, null, "", false, Language.EN);
        decisions.send(c.chair(), c.acronym(), Language.EN);
        assertFalse(outbox.latest(hanne.email(), 100).isEmpty(), "she was mailed");

        String pseudonym = erasure.eraseByAdmin(admin, hanne.email(), true);
        assertEquals("Erased person " + hanne.accountId(), pseudonym);

        assertEquals(pseudonym, accounts.find(hanne.accountId()).orElseThrow().getName());
        assertInstanceOf(LoginOutcome.WrongCredentials.class, logins.authenticate(hanne.email(), Fixtures.PASSWORD, "127.0.0.9"));
        List<String> coAuthors = chairSubmissions.all(c.chair(), c.acronym(), Language.EN).stream()
                .filter(r -> r.id().equals(open)).findFirst().orElseThrow().authors();
        assertEquals(List.of("Per Dahl (UiB)", pseudonym), coAuthors);
        assertTrue(chairSubmissions.all(c.chair(), c.acronym(), Language.EN).stream().filter(r -> r.id().equals(accepted))
                .findFirst().orElseThrow().authors().get(0).startsWith("Hanne Lykke"), "the accepted one keeps her");
        assertEquals(List.of(pseudonym),
                reading.forChairs(c.chair(), third, Language.EN).reviews().stream().map(ReviewViews.Full::reviewer).toList(),
                "her review stays, under the pseudonym");
        assertTrue(outbox.latest(hanne.email(), 100).isEmpty(), "no mail keeps her address");

        List<AuditRow> log = audit.page(admin, null, new AuditQuery(null, AuditKind.ACCOUNT_ERASED, null, null, null),
                0, 50, Language.EN).rows().stream().filter(r -> r.subject().equals(pseudonym)).toList();
        assertEquals(1, log.size());
        assertEquals("Ingrid Admin", log.get(0).actor());
        assertFalse(log.get(0).changes().contains(hanne.email()) || log.get(0).changes().contains("Hanne"), log.get(0).changes());
        assertEquals(Set.of(pseudonym), Set.copyOf(audit.page(c.chair(), c.acronym(), new AuditQuery(null,
                AuditKind.SUBMISSION_SUBMITTED, accepted, null, null), 0, 10, Language.EN).rows().stream()
                .map(AuditRow::actor).toList()), "her earlier entries show the pseudonym");

        assertEquals("erasure.alreadyErased", assertThrows(DomainException.class,
                () -> erasure.eraseByAdmin(admin, "erased-" + hanne.accountId() + "@erased.invalid", true)).violations().get(0)
                .messageKey());
    }

    @Test
    void aPersonErasesThemselvesOnlyWithTheirPasswordAndNobodyElseMay() {
        Actor me = fixtures.person("Jonas Lund", "Lunds universitet");
        Actor stranger = fixtures.person("Mads Holm", "AU");
        DomainException wrong = assertThrows(DomainException.class, () -> erasure.eraseSelf(me, "not my password"));
        assertEquals("password", wrong.violations().get(0).field());
        assertEquals("Jonas Lund", accounts.find(me.accountId()).orElseThrow().getName(), "nothing changed");
        assertEquals("auth.forbidden", assertThrows(DomainException.class,
                () -> erasure.eraseByAdmin(stranger, me.email(), true)).violations().get(0).messageKey());

        assertEquals("Erased person " + me.accountId(), erasure.eraseSelf(me, Fixtures.PASSWORD));
        assertTrue(accounts.findByEmail(me.email()).isEmpty(), "the address is gone");
    }
}
