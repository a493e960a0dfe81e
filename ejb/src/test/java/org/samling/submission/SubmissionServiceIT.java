package org.samling.submission;

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
import org.samling.notification.model.Outbox;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.service.PdfIntakeTest;
import org.samling.submission.service.SubmissionService;
import org.samling.submission.service.SubmissionSummary;
import org.samling.support.Deployments;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An author's submission from draft to withdrawn, with receipts, refusals and the deadline. */
@ExtendWith(ArquillianExtension.class)
class SubmissionServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.samling();
    }

    @Inject
    SubmissionService submissions;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Outbox outbox;

    private Actor author(Language language) {
        Account a = accounts.createConfirmed(Deployments.uniqueEmail("author"), "Åse Brøndum", "KP", "DK", language,
                "rødgrød med fløde");
        return new Actor(a.getId(), a.getEmail(), a.getName(), Set.of("user"));
    }

    private SubmissionContent complete(Actor owner, String coAuthor, String text) {
        CallDetails call = conferences.callDetails("nsw2027", Language.DA).orElseThrow();
        return new SubmissionContent("Familierådslagning i børnesager", text, List.of("børn", "netværk"), AbstractLanguage.DA,
                call.tracks().get(0).id(), call.types().get(0).id(),
                List.of(new Author(owner.name(), owner.email(), "KP", "DK", true),
                        new Author("Bo Ærø", coAuthor, "AAU", "DK", false)));
    }

    @Test
    void aDraftIsSavedSilentlyThenSubmittedWithAReceiptAndACoAuthorNotice() {
        Actor me = author(Language.DA);
        Long id = submissions.save(me, "nsw2027", null, new SubmissionContent("Kun en titel", "", List.of(), null,
                null, null, List.of()), false, Language.DA);
        assertEquals(SubmissionState.DRAFT, submissions.summary(me, id, Language.DA).orElseThrow().state());
        assertTrue(outbox.latest(me.email(), 5).isEmpty(), "no mail for a draft");

        String coAuthor = Deployments.uniqueEmail("bo");
        submissions.save(me, "nsw2027", id, complete(me, coAuthor, "Familien lægger selv planen for barnet."), true, Language.DA);
        SubmissionSummary s = submissions.summary(me, id, Language.DA).orElseThrow();
        assertEquals(SubmissionState.SUBMITTED, s.state());
        assertEquals("Børn og unge", s.track());
        assertTrue(s.changeable());

        OutboxMail receipt = outbox.latest(me.email(), 1).get(0);
        assertEquals("Kvittering: \"Familierådslagning i børnesager\" er indsendt til "
                + "Nordic Social Work Conference 2027: Welfare at the Threshold", receipt.getSubject());
        assertTrue(receipt.getBody().contains("Forfattere: Åse Brøndum, Bo Ærø"), receipt.getBody());
        assertTrue(receipt.getBody().contains("Længde: 6 ord"), receipt.getBody());
        assertTrue(receipt.getBody().contains("/author/submission.xhtml?id=" + id), receipt.getBody());
        OutboxMail notice = outbox.latest(coAuthor, 1).get(0);
        assertEquals("Du er medforfatter på \"Familierådslagning i børnesager\"", notice.getSubject());
        // What the author keeps: number, track, type, the abstract as sent, the PDF (none), the deadline in the conference's zone.
        for (String kept : List.of("Nummer: " + id, "Spor: Børn og unge", "Type: ", "PDF: ingen vedhæftet",
                "Familien lægger selv planen for barnet.", "(Europe/Copenhagen)")) {
            assertTrue(receipt.getBody().contains(kept), kept + " in " + receipt.getBody());
        }
    }

    @Test
    void changesAfterSubmittingAreToldOnceAnHourSayingWhatChanged() {
        Actor me = author(Language.DA);
        String coAuthor = Deployments.uniqueEmail("bo");
        Long id = submissions.save(me, "nsw2027", null, complete(me, coAuthor, "Familien lægger selv planen."), true,
                Language.DA);
        assertEquals(1, outbox.latest(me.email(), 10).size(), "one receipt");

        SubmissionContent first = complete(me, coAuthor, "Familien lægger selv planen for barnet.");
        submissions.save(me, "nsw2027", id, first, true, Language.DA);
        List<OutboxMail> mine = outbox.latest(me.email(), 10);
        assertEquals(2, mine.size(), "the receipt and one change notice");
        assertEquals("Ændret: \"Familierådslagning i børnesager\"", mine.get(0).getSubject());
        assertTrue(mine.get(0).getBody().contains("Det ændrede: Abstract"), mine.get(0).getBody());
        assertEquals(2, outbox.latest(coAuthor, 10).size(), "the co-author: the notice of the submission and one of the change");

        // More saves within the hour: no more mails; saving it unchanged tells nothing either.
        submissions.save(me, "nsw2027", id, complete(me, coAuthor, "Familien lægger selv planen for barnet, med netværket."),
                true, Language.DA);
        submissions.save(me, "nsw2027", id, complete(me, coAuthor, "Familien lægger selv planen for barnet, med netværket."),
                true, Language.DA);
        assertEquals(2, outbox.latest(me.email(), 10).size(), "no second notice within the hour");
        assertEquals(2, outbox.latest(coAuthor, 10).size());
    }

    @Test
    void aRefusedChangeKeepsWhatWasSavedAndNamesTheField() {
        Actor me = author(Language.SV);
        Long id = submissions.save(me, "nsw2027", null, complete(me, Deployments.uniqueEmail("co"), "Kort och gott."), true,
                Language.SV);
        SubmissionContent tooLong = complete(me, Deployments.uniqueEmail("co"), "ord ".repeat(301));
        DomainException e = assertThrows(DomainException.class,
                () -> submissions.save(me, "nsw2027", id, tooLong, false, Language.SV));
        assertEquals("abstractText", e.violations().get(0).field());
        assertEquals("abstract.overLimit", e.violations().get(0).messageKey());
        assertEquals("Kort och gott.", submissions.content(me, id).orElseThrow().abstractText());
        assertEquals(SubmissionState.SUBMITTED, submissions.summary(me, id, Language.SV).orElseThrow().state());
    }

    @Test
    void withdrawingEndsItWithANoticeAndNobodyElseCanTouchIt() {
        Actor me = author(Language.EN);
        Actor stranger = author(Language.EN);
        Long id = submissions.save(me, "nsw2027", null, complete(me, Deployments.uniqueEmail("co"), "Text."), true, Language.EN);
        assertTrue(submissions.summary(stranger, id, Language.EN).isEmpty());
        DomainException notYours = assertThrows(DomainException.class,
                () -> submissions.save(stranger, "nsw2027", id, complete(stranger, "x@y.dk", "Mine now."), true, Language.EN));
        assertEquals("submission.notFound", notYours.violations().get(0).messageKey());
        assertThrows(DomainException.class, () -> submissions.withdraw(stranger, id, Language.EN));

        submissions.withdraw(me, id, Language.EN);
        assertEquals(SubmissionState.WITHDRAWN, submissions.summary(me, id, Language.EN).orElseThrow().state());
        assertTrue(outbox.latest(me.email(), 1).get(0).getSubject().endsWith("is withdrawn"));
        DomainException again = assertThrows(DomainException.class,
                () -> submissions.save(me, "nsw2027", id, complete(me, "x@y.dk", "Back?"), true, Language.EN));
        assertEquals("submission.notChangeable", again.violations().get(0).messageKey());
    }

    @Test
    void afterTheDeadlineEverySaveIsRefusedWithTheDeadlineInTheConferencesZone() {
        Actor me = author(Language.DA);
        CallDetails past = conferences.callDetails("nsw2026", Language.DA).orElseThrow();
        SubmissionContent c = new SubmissionContent("For sent", "Tekst", List.of(), AbstractLanguage.DA,
                past.tracks().get(0).id(), past.types().get(0).id(), List.of(new Author("Åse", me.email(), null, "DK", true)));
        DomainException e = assertThrows(DomainException.class,
                () -> submissions.save(me, "nsw2026", null, c, false, Language.DA));
        assertEquals("deadline.passed", e.violations().get(0).messageKey());
        String when = (String) e.violations().get(0).args()[0];
        assertTrue(when.endsWith("23.59 (Europe/Stockholm)"), when);
        assertTrue(submissions.mine(me, Language.DA).isEmpty(), "nothing was created");
    }

    private static byte[] pdf(String text) throws IOException {
        return PdfIntakeTest.pdf(List.of(text), null, null);
    }

    @Test
    void aPdfIsCheckedForTheAuthorsNamesAndARefusedOneKeepsThePreviousFile() throws Exception {
        Actor me = author(Language.DA);
        Long id = submissions.save(me, "nsw2027", null, complete(me, Deployments.uniqueEmail("co"), "Tekst."), false,
                Language.DA);
        var first = submissions.uploadPdf(me, id, "abstract.pdf", pdf("Et anonymt abstract om børn og unge"), Language.DA);
        assertEquals(1, first.pages());
        assertTrue(first.findings().isEmpty());

        var named = submissions.uploadPdf(me, id, "navn.pdf", pdf("Af Åse Brøndum, KP"), Language.DA);
        assertEquals(List.of("text:Åse Brøndum"), named.findings());

        byte[] broken = Arrays.copyOf(pdf("Ødelagt"), 200);
        DomainException e = assertThrows(DomainException.class,
                () -> submissions.uploadPdf(me, id, "broken.pdf", broken, Language.DA));
        assertEquals("pdf", e.violations().get(0).field());
        assertEquals("pdf.broken", e.violations().get(0).messageKey());
        var kept = submissions.pdf(me, id).orElseThrow();
        assertEquals("navn.pdf", kept.fileName(), "the refused upload left the previous PDF in place");
        assertEquals(List.of("text:Åse Brøndum"), kept.findings());
        assertTrue(submissions.pdf(author(Language.DA), id).isEmpty(), "nobody else sees it");
    }

    @Test
    void theDemoAuthorsSubmissionsAreThere() {
        Account soren = accounts.findByEmail(DemoAccounts.AUTHOR_1).orElseThrow();
        Actor actor = new Actor(soren.getId(), soren.getEmail(), soren.getName(), Set.of("user"));
        List<SubmissionSummary> mine = submissions.mine(actor, Language.DA);
        // Submitted abstracts and a draft for this year, and last year's paper (accepted; another test
        // withdraws it).
        Set<SubmissionState> states = Set.copyOf(mine.stream().map(SubmissionSummary::state).toList());
        assertTrue(states.containsAll(Set.of(SubmissionState.SUBMITTED, SubmissionState.DRAFT)), states.toString());
        assertTrue(states.contains(SubmissionState.ACCEPTED) || states.contains(SubmissionState.WITHDRAWN), states.toString());
        assertEquals(4, mine.size(), "paper, poster, draft, and last year's paper");
    }
}
