package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.notification.model.MailState;
import org.samling.notification.model.OutboxMail;
import org.samling.shared.PersonErased;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.service.SubmissionErasure;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What erasing a person does to each thing that named them, and what it leaves. */
class ErasureRulesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @Test
    void thePseudonymIsStableAndItsAddressCanReceiveNothing() {
        PersonErased e = PersonErased.of(42L, "Hanne@Example.dk", true);
        assertEquals("Erased person 42", e.pseudonym());
        assertEquals(e.pseudonym(), PersonErased.of(42L, "other@example.dk", false).pseudonym());
        assertTrue(e.pseudonymEmail().endsWith(".invalid"), e.pseudonymEmail());
        assertTrue(e.wasTheirs("hanne@example.DK"));
        assertFalse(e.wasTheirs("hanne@example.no"));
    }

    @Test
    void onlyAnAcceptedSubmissionKeepsItsAuthorAndOnlyIfTheRequestSaysSo() {
        for (SubmissionState s : SubmissionState.values()) {
            assertEquals(s == SubmissionState.ACCEPTED, SubmissionErasure.keepsAuthors(s, true), s.name());
            assertFalse(SubmissionErasure.keepsAuthors(s, false), s.name());
        }
    }

    @Test
    void theErasedAuthorLeavesTheListInPlaceAndTheCoAuthorStays() {
        Submission s = new Submission(1L, 7L, NOW);
        s.edit(new SubmissionContent("Titel", "Tekst.", List.of(), AbstractLanguage.DA, 1L, 1L, List.of(
                new Author("Hanne Skov", "hanne@example.dk", "Aarhus Kommune", "DK", false),
                new Author("Ola Berg", "ola@example.no", "OsloMet", "NO", true))), NOW);
        assertTrue(s.replaceAuthor("HANNE@example.dk", "Erased person 7", "erased-7@erased.invalid"));
        assertEquals("Erased person 7", s.getAuthors().get(0).getName());
        assertNull(s.getAuthors().get(0).getAffiliation());
        assertEquals("Ola Berg", s.getAuthors().get(1).getName());
        assertFalse(s.replaceAuthor("nobody@example.dk", "x", "y"));
    }

    @Test
    void anErasedAccountCannotLogInAndItsOpenSessionsEnd() {
        Account a = new Account("hanne@example.dk", "Hanne Skov", "Aarhus Kommune", "DK", Language.DA, "hash", NOW);
        a.confirmEmail();
        a.enableSecondFactor("SECRET", NOW);
        a.erase("Erased person 1", "erased-1@erased.invalid", "unknown", NOW.plusSeconds(60));
        assertEquals("Erased person 1", a.getName());
        assertEquals("erased-1@erased.invalid", a.getEmail());
        assertNull(a.getAffiliation());
        assertNull(a.getCountry());
        assertFalse(a.isEmailConfirmed());
        assertFalse(a.hasSecondFactor());
        assertFalse(a.sessionValid(NOW), "a session from before the erasure");
    }

    @Test
    void aMailToTheErasedPersonKeepsItsKindButNoTextAndIsNeverSent() {
        OutboxMail m = new OutboxMail("hanne@example.dk", "Kvittering", "Kære Hanne", Language.DA, "RECEIPT", 1L, true, NOW);
        assertEquals(MailState.QUEUED, m.getState());
        m.erase("erased-1@erased.invalid");
        assertEquals(MailState.HELD, m.getState());
        assertEquals("(erased)", m.getBody());
        assertEquals("RECEIPT", m.getKind());
        assertEquals("erased-1@erased.invalid", m.getRecipient());
    }
}
