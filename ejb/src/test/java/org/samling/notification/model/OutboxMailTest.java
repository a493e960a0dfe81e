package org.samling.notification.model;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboxMailTest {

    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    private static OutboxMail queued() {
        return new OutboxMail("anna@ku.dk", "Emne", "Tekst", Language.DA, "CONFIRM", null, true, T0);
    }

    @Test
    void withoutSmtpAMailIsHeldAndCannotBeClaimed() {
        OutboxMail m = new OutboxMail("anna@ku.dk", "Emne", "Tekst", Language.DA, "CONFIRM", null, false, T0);
        assertEquals(MailState.HELD, m.getState());
        assertNull(m.getNextAttemptAt());
        assertThrows(IllegalStateException.class, m::claim);
    }

    @Test
    void aFailedAttemptIsRetriedWithBackOffThenGivenUp() {
        OutboxMail m = queued();
        for (int i = 0; i < OutboxMail.BACKOFF.size(); i++) {
            m.claim();
            m.failed("connection refused", T0);
            assertEquals(MailState.QUEUED, m.getState(), "after attempt " + (i + 1));
            assertEquals(T0.plus(OutboxMail.BACKOFF.get(i)), m.getNextAttemptAt());
        }
        m.claim();
        m.failed("connection refused", T0);
        assertEquals(MailState.FAILED, m.getState());
        assertEquals(OutboxMail.BACKOFF.size() + 1, m.getAttempts());
        m.requeue(T0);
        assertEquals(MailState.QUEUED, m.getState());
        assertEquals(0, m.getAttempts());
    }

    @Test
    void aSentMailKeepsItsTimeAndOnlyAResendMovesIt() {
        OutboxMail m = queued();
        m.claim();
        m.sent(T0);
        assertEquals(MailState.SENT, m.getState());
        assertEquals(T0, m.getSentAt());
        assertThrows(IllegalStateException.class, m::claim);
        assertFalse(MailState.SENT.canMoveTo(MailState.FAILED));
        assertTrue(MailState.SENT.canMoveTo(MailState.QUEUED));
    }

    @Test
    void aLineBreakInATitleNeverBecomesAHeaderOfItsOwn() {
        OutboxMail m = new OutboxMail("a@b.dk", "Received: Ny praksis\r\nBcc: all@evil.example\u2028x", "Body", Language.DA,
                "RECEIPT", null, true, T0);
        assertEquals("Received: Ny praksis Bcc: all@evil.example x", m.getSubject());
    }
}
