package org.samling.lifecycle;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.lifecycle.model.RetentionPolicy;
import org.samling.lifecycle.service.AuditQuery;
import org.samling.lifecycle.service.AuditService;
import org.samling.lifecycle.service.RetentionService;
import org.samling.notification.model.Outbox;
import org.samling.shared.AuditKind;
import org.samling.shared.DomainException;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.PdfIntakeTest;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;
import org.samling.support.Fixtures;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A conference's retention through its timer's steps: the chairs are mailed once a month before,
 * then a withdrawn submission loses its authors and PDF while a submitted one keeps them, and the
 * log says so; a bad period is named at its field.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    Fixtures fixtures;
    @Inject
    RetentionService retention;
    @Inject
    SubmissionService submissions;
    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    Outbox outbox;
    @Inject
    AuditService audit;

    @Test
    void theChairsAreToldOnceThenTheDataTheRecordDoesNotNeedIsErased() throws IOException {
        Fixtures.Conference c = fixtures.conference("it-keep", true, false);
        Actor stays = fixtures.person("Sigrid Undset", "UiO");
        Actor leaves = fixtures.person("Knut Hamsun", "UiB");
        Long kept = fixtures.submit(c, stays, "Barnevern i kommunene", "Om barnevern.");
        Long gone = fixtures.submit(c, leaves, "Eldreomsorg", "Om omsorg.");
        submissions.uploadPdf(leaves, gone, "omsorg.pdf", PdfIntakeTest.pdf(List.of("Eldreomsorg"), null, null), Language.NB);
        submissions.withdraw(leaves, gone, Language.NB);

        retention.set(c.chair(), c.acronym(), 12);
        RetentionService.View v = retention.view(c.chair(), c.acronym());
        assertEquals(12, v.months());
        assertEquals(RetentionPolicy.Step.NOTHING, retention.runFor(c.id(), v.noticeAt().minusSeconds(1)));
        assertEquals(RetentionPolicy.Step.NOTICE, retention.runFor(c.id(), v.noticeAt()));
        assertEquals(RetentionPolicy.Step.NOTHING, retention.runFor(c.id(), v.noticeAt().plusSeconds(3600)), "told once");
        assertEquals(1, outbox.latest(c.chair().email(), 20).stream().filter(m -> m.getKind().equals("RETENTIONNOTICE")).count());

        assertEquals(RetentionPolicy.Step.ERASE, retention.runFor(c.id(), v.dueAt()));
        var rows = chairSubmissions.all(c.chair(), c.acronym(), Language.EN);
        assertEquals(List.of("Author 1"), rows.stream().filter(r -> r.id().equals(gone)).findFirst().orElseThrow().authors());
        assertTrue(rows.stream().filter(r -> r.id().equals(kept)).findFirst().orElseThrow().authors().get(0)
                .startsWith("Sigrid Undset"));
        assertTrue(submissions.pdfFile(c.chair(), gone).isEmpty(), "the PDF is gone");
        assertEquals(RetentionPolicy.Step.NOTHING, retention.runFor(c.id(), v.dueAt().plusSeconds(3600)), "erased once");
        assertEquals(1, audit.page(c.chair(), c.acronym(), new AuditQuery(null, AuditKind.RETENTION_ERASED, null, null, null),
                0, 10, Language.EN).total());
        assertEquals("retention.alreadyErased", assertThrows(DomainException.class,
                () -> retention.set(c.chair(), c.acronym(), 24)).violations().get(0).messageKey());
    }

    @Test
    void aBadPeriodIsNamedAndOnlyTheChairsSetIt() {
        Fixtures.Conference c = fixtures.conference("it-keep", true, false);
        DomainException bad = assertThrows(DomainException.class, () -> retention.set(c.chair(), c.acronym(), 0));
        assertEquals("months", bad.violations().get(0).field());
        Actor stranger = fixtures.person("Ola Holm", "NTNU");
        assertEquals("auth.forbidden", assertThrows(DomainException.class,
                () -> retention.set(stranger, c.acronym(), 12)).violations().get(0).messageKey());
        retention.set(c.chair(), c.acronym(), 24);
        retention.set(c.chair(), c.acronym(), null);
        assertEquals(null, retention.view(c.chair(), c.acronym()).months(), "kept again");
    }
}
