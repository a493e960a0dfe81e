package org.samling.submission;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.CallSettings;
import org.samling.conference.model.ConferenceSettings;
import org.samling.conference.model.SubmissionKind;
import org.samling.conference.model.TrackEdit;
import org.samling.conference.model.TypeEdit;
import org.samling.conference.service.ConferenceService;
import org.samling.conference.service.ConferenceSetup;
import org.samling.demo.DemoAccounts;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.notification.model.OutboxMail;
import org.samling.notification.service.OutboxService;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.service.ChairSubmissionRow;
import org.samling.submission.service.ChairSubmissionService;
import org.samling.submission.service.PdfIntakeTest;
import org.samling.submission.service.SubmissionService;
import org.samling.support.Deployments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair's side of the submissions: the list with authors and anonymity flags, individual
 * extensions past a closed call, the PDF as uploaded, the conference's outbox; and an author's
 * two saves that cross.
 */
@ExtendWith(ArquillianExtension.class)
class ChairSubmissionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    ChairSubmissionService chairSubmissions;
    @Inject
    SubmissionService submissions;
    @Inject
    ConferenceService conferences;
    @Inject
    ConferenceSetup conferenceSetup;
    @Inject
    AccountService accounts;
    @Inject
    OutboxService outbox;

    private Actor person(String name, String... groups) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("p"), name, "Lunds universitet", "SE", Language.SV,
                "rödgröt med grädde");
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of(groups));
    }

    private Actor demoChair() {
        Account a = accounts.findByEmail(DemoAccounts.CHAIR).orElseThrow();
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user", "chair"));
    }

    @Test
    void theChairSeesEverySubmissionWithItsAuthorsAndTheAnonymityFlagOthersSeeNothing() {
        List<ChairSubmissionRow> rows = chairSubmissions.all(demoChair(), "nsw2027", Language.DA);
        ChairSubmissionRow workshop = rows.stream().filter(r -> r.title().startsWith("Tillit")).findFirst().orElseThrow();
        assertEquals(List.of("Karin Ekström (Stockholms universitet)"), workshop.authors());
        assertEquals(SubmissionState.SUBMITTED, workshop.state());
        assertEquals("WORKSHOP", workshop.kind());
        assertEquals(1, workshop.pdfPages());
        assertTrue(workshop.flagged());
        assertTrue(workshop.pdfFindings().contains("text:Karin Ekström"), workshop.pdfFindings().toString());
        ChairSubmissionRow draft = rows.stream().filter(r -> r.title().startsWith("Udkast")).findFirst().orElseThrow();
        assertTrue(draft.extendedUntil() != null && draft.deadline().equals(draft.extendedUntil()), "the demo extension");

        Actor author = person("Ebba Nyström", "user");
        assertEquals("auth.forbidden", assertThrows(DomainException.class,
                () -> chairSubmissions.all(author, "nsw2027", Language.SV)).violations().get(0).messageKey());
        Actor otherChair = person("Olle Chair", "user", "chair");
        accounts.grant(otherChair.accountId(), Role.CHAIR, conferences.byAcronym("nsw2026", Language.EN).orElseThrow().id());
        assertThrows(DomainException.class, () -> chairSubmissions.all(otherChair, "nsw2027", Language.SV),
                "the chair of another conference");
        assertThrows(DomainException.class, () -> outbox.latest(otherChair,
                conferences.byAcronym("nsw2027", Language.EN).orElseThrow().id(), null, 10));
    }

    @Test
    void anExtensionLetsOneSubmissionChangeAfterTheCallClosedAndTheAuthorIsTold() {
        Actor chair = person("Gun Chair", "user", "chair");
        accounts.grant(chair.accountId(), Role.CHAIR, conferences.byAcronym("nsw2026", Language.EN).orElseThrow().id());
        String acronym = conferenceSetup.create(chair, new ConferenceSettings("ext-" + Long.toString(System.nanoTime(), 36),
                "Forlængelsesdage", null, "Europe/Stockholm", LocalDate.of(2028, 3, 1), LocalDate.of(2028, 3, 2),
                List.of(Language.SV), Map.of()));
        conferenceSetup.saveTracks(chair, acronym, List.of(new TrackEdit(null, Map.of(Language.SV, "Barn"))), Language.SV);
        conferenceSetup.saveTypes(chair, acronym, List.of(new TypeEdit(null, SubmissionKind.PAPER, 20)), Language.SV);
        CallDetails d = conferences.callDetails(acronym, Language.SV).orElseThrow();
        Actor author = person("Ebba Nyström", "user");
        Actor other = person("Nils Åkesson", "user");
        SubmissionContent content = new SubmissionContent("Barnets röst", "Text om barn.", List.of("barn"), AbstractLanguage.SV,
                d.tracks().get(0).id(), d.types().get(0).id(),
                List.of(new Author(author.name(), author.email(), "LU", "SE", true)));
        Long mine = submissions.save(author, acronym, null, content, false, Language.SV);
        Long theirs = submissions.save(other, acronym, null, content, false, Language.SV);

        // The chair closes the call a minute ago.
        CallSettings s = conferenceSetup.callSettings(chair, acronym);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        conferenceSetup.configureCall(chair, acronym,
                new CallSettings(now.minus(Duration.ofDays(2)), now.minus(Duration.ofMinutes(1)), 0,
                        null, null, s.wordLimit(), s.maxKeywords(), s.maxAuthors(), s.pdfPolicy(), s.pdfMaxPages(),
                        s.pdfMaxBytes(), s.blind()));
        assertEquals("deadline.passed", assertThrows(DomainException.class,
                () -> submissions.save(author, acronym, mine, content, true, Language.SV)).violations().get(0).messageKey());

        // Refusals name the field; nothing is granted by them.
        DomainException noReason = assertThrows(DomainException.class,
                () -> chairSubmissions.grantExtension(chair, mine, now.plus(Duration.ofDays(1)), " ", Language.SV));
        assertEquals("reason", noReason.violations().get(0).field());
        DomainException tooEarly = assertThrows(DomainException.class,
                () -> chairSubmissions.grantExtension(chair, mine, now.minus(Duration.ofMinutes(5)), "Sjuk", Language.SV));
        assertEquals("until", tooEarly.violations().get(0).field());
        assertEquals("extension.notAfterDeadline", tooEarly.violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> chairSubmissions.grantExtension(author, mine, now.plus(Duration.ofDays(1)),
                "Jag vill", Language.SV), "an author cannot extend");

        Instant until = now.plus(Duration.ofDays(3));
        chairSubmissions.grantExtension(chair, mine, until, "Sjukdom i familjen", Language.SV);
        assertEquals("Sjukdom i familjen", chairSubmissions.extensions(chair, mine).get(0).reason());
        assertEquals("Gun Chair", chairSubmissions.extensions(chair, mine).get(0).grantedBy());
        OutboxMail told = outbox.latest(chair, conferences.byAcronym(acronym, Language.EN).orElseThrow().id(), author.email(), 1)
                .get(0);
        assertEquals("Mer tid för \"Barnets röst\"", told.getSubject());

        submissions.save(author, acronym, mine, content, true, Language.SV);
        var summary = submissions.summary(author, mine, Language.SV).orElseThrow();
        assertEquals(SubmissionState.SUBMITTED, summary.state());
        assertEquals(until, summary.deadline());
        assertEquals("deadline.passed", assertThrows(DomainException.class,
                () -> submissions.save(other, acronym, theirs, content, true, Language.SV)).violations().get(0).messageKey(),
                "the extension is for one submission only");
    }

    @Test
    void aSaveFromAStaleFormIsRefusedAndKeepsTheNewerText() {
        Actor author = person("Ebba Nyström", "user");
        CallDetails d = conferences.callDetails("nsw2027", Language.SV).orElseThrow();
        SubmissionContent first = new SubmissionContent("Första", "Text.", List.of(), AbstractLanguage.SV,
                d.tracks().get(0).id(), d.types().get(0).id(),
                List.of(new Author(author.name(), author.email(), "LU", "SE", true)));
        Long id = submissions.save(author, "nsw2027", null, first, false, Language.SV);
        long loaded = submissions.summary(author, id, Language.SV).orElseThrow().version();
        SubmissionContent tabA = new SubmissionContent("Från flik A", "Text A.", List.of(), AbstractLanguage.SV,
                first.trackId(), first.typeId(), first.authors());
        SubmissionContent tabB = new SubmissionContent("Från flik B", "Text B.", List.of(), AbstractLanguage.SV,
                first.trackId(), first.typeId(), first.authors());
        submissions.save(author, "nsw2027", id, loaded, tabA, false, Language.SV);
        DomainException e = assertThrows(DomainException.class,
                () -> submissions.save(author, "nsw2027", id, loaded, tabB, false, Language.SV));
        assertEquals("submission.changedMeanwhile", e.violations().get(0).messageKey());
        assertEquals("Från flik A", submissions.content(author, id).orElseThrow().title());
    }

    @Test
    void thePdfAsUploadedGoesToItsOwnerAndTheChairOnly() throws Exception {
        Actor author = person("Ebba Nyström", "user");
        CallDetails d = conferences.callDetails("nsw2027", Language.SV).orElseThrow();
        Long id = submissions.save(author, "nsw2027", null, new SubmissionContent("Med PDF", "Text.", List.of(),
                AbstractLanguage.SV, d.tracks().get(0).id(), d.types().get(0).id(),
                List.of(new Author(author.name(), author.email(), "LU", "SE", true))), false, Language.SV);
        byte[] pdf = PdfIntakeTest.pdf(List.of("Barn och unga i Malmö"), null, null);
        submissions.uploadPdf(author, id, "barn-ö.pdf", pdf, Language.SV);
        assertArrayEquals(pdf, submissions.pdfFile(author, id).orElseThrow().bytes());
        assertEquals("barn-ö.pdf", submissions.pdfFile(demoChair(), id).orElseThrow().fileName());
        assertTrue(submissions.pdfFile(person("Nils Åkesson", "user"), id).isEmpty());
    }
}
