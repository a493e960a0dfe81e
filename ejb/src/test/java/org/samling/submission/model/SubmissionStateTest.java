package org.samling.submission.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubmissionStateTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static SubmissionContent content() {
        return new SubmissionContent("Titel", "Tekst", List.of("a"), AbstractLanguage.DA, 1L, 2L,
                List.of(new Author("Åse", "ase@kp.dk", null, "DK", true)));
    }

    @Test
    void aDraftIsSubmittedThenWithdrawnAndNothingMovesAfter() {
        Submission s = new Submission(1L, 2L, T0);
        assertEquals(SubmissionState.DRAFT, s.getState());
        s.edit(content(), T0);
        s.submit(T0.plusSeconds(5));
        assertEquals(SubmissionState.SUBMITTED, s.getState());
        assertNotNull(s.getSubmittedAt());
        s.submit(T0.plusSeconds(9));
        assertEquals(SubmissionState.SUBMITTED, s.getState(), "resubmitting keeps it submitted");
        s.withdraw(T0.plusSeconds(10));
        assertEquals(SubmissionState.WITHDRAWN, s.getState());
        assertThrows(IllegalStateException.class, () -> s.edit(content(), T0));
        assertThrows(IllegalStateException.class, () -> s.submit(T0));
        assertThrows(IllegalStateException.class, () -> s.withdraw(T0));
    }

    @Test
    void decisionsComeOnlyAfterSubmissionAndRejectionIsFinal() {
        assertFalse(SubmissionState.DRAFT.canMoveTo(SubmissionState.ACCEPTED));
        assertTrue(SubmissionState.SUBMITTED.canMoveTo(SubmissionState.WAITLISTED));
        assertTrue(SubmissionState.WAITLISTED.canMoveTo(SubmissionState.ACCEPTED));
        assertThrows(IllegalStateException.class, () -> SubmissionState.REJECTED.moveTo(SubmissionState.ACCEPTED));
        assertFalse(SubmissionState.ACCEPTED.editable());
        assertTrue(SubmissionState.DRAFT.editable() && SubmissionState.SUBMITTED.editable());
    }

    @Test
    void aToldDecisionIsCorrectedOnlyToAnotherDecision() {
        assertEquals(SubmissionState.ACCEPTED, SubmissionState.REJECTED.correctTo(SubmissionState.ACCEPTED));
        assertEquals(SubmissionState.REJECTED, SubmissionState.WAITLISTED.correctTo(SubmissionState.REJECTED));
        assertThrows(IllegalStateException.class, () -> SubmissionState.SUBMITTED.correctTo(SubmissionState.ACCEPTED));
        assertThrows(IllegalStateException.class, () -> SubmissionState.ACCEPTED.correctTo(SubmissionState.WITHDRAWN));
        Submission s = new Submission(1L, 2L, T0);
        s.edit(content(), T0);
        s.submit(T0);
        s.decided(SubmissionState.REJECTED, T0);
        s.decided(SubmissionState.ACCEPTED, T0.plusSeconds(60));
        assertEquals(SubmissionState.ACCEPTED, s.getState());
    }
}
