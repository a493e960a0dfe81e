package org.samling.submission.model;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A submission's own deadline: the call's close, or a later individual extension, never an earlier one. */
class SubmissionDeadlineTest {

    private static final Instant CLOSES = Instant.parse("2026-12-15T22:59:00Z");

    @Test
    void withoutAnExtensionTheCallsCloseCounts() {
        Submission s = new Submission(1L, 2L, CLOSES.minusSeconds(3600));
        assertEquals(CLOSES, s.closesAt(CLOSES));
    }

    @Test
    void aLaterExtensionCountsAndTheLatestGrantReplacesTheOneBefore() {
        Submission s = new Submission(1L, 2L, CLOSES.minusSeconds(3600));
        s.extendUntil(CLOSES.plusSeconds(86_400));
        assertEquals(CLOSES.plusSeconds(86_400), s.closesAt(CLOSES));
        s.extendUntil(CLOSES.plusSeconds(3 * 86_400));
        assertEquals(CLOSES.plusSeconds(3 * 86_400), s.closesAt(CLOSES));
    }

    @Test
    void anExtensionThatEndsBeforeTheCallClosesNeverShortensIt() {
        Submission s = new Submission(1L, 2L, CLOSES.minusSeconds(3600));
        s.extendUntil(CLOSES.minusSeconds(60));
        assertEquals(CLOSES, s.closesAt(CLOSES), "the chair moved the deadline later than the extension");
    }
}
