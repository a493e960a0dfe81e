package org.samling.submission.service;

import org.junit.jupiter.api.Test;
import org.samling.conference.model.Call;
import org.samling.conference.model.Conference;
import org.samling.i18n.Language;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Until when an accepted submission takes its final version: the call's final-version deadline, and only once accepted. */
class FinalVersionWindowTest {

    private static final Instant DEADLINE = Instant.parse("2026-12-15T22:59:00Z");
    private static final Instant FINAL = Instant.parse("2027-04-30T21:59:00Z");
    private final SubmissionPolicy policy = new SubmissionPolicy();

    private static Call call(Instant finalVersionDeadline) {
        Conference c = new Conference("forsa2027", "FORSA 2027", "Aalborg", ZoneId.of("Europe/Copenhagen"),
                LocalDate.of(2027, 6, 17), LocalDate.of(2027, 6, 19), List.of(Language.DA, Language.EN));
        return new Call(c, DEADLINE.minusSeconds(90L * 86_400), DEADLINE, 0, LocalDate.of(2027, 2, 1), finalVersionDeadline, 300);
    }

    private static Submission decided(SubmissionState decision) {
        Submission s = new Submission(1L, 2L, DEADLINE.minusSeconds(86_400));
        s.submit(DEADLINE.minusSeconds(86_400));
        s.decided(decision, DEADLINE.plusSeconds(30L * 86_400));
        return s;
    }

    @Test
    void anAcceptedSubmissionTakesItsFinalVersionUntilTheDeadlineAndNotAfter() {
        Submission s = decided(SubmissionState.ACCEPTED);
        assertTrue(policy.finalVersionOpen(s, call(FINAL), FINAL.minusSeconds(1)));
        assertFalse(policy.finalVersionOpen(s, call(FINAL), FINAL), "the deadline itself is too late");
        assertFalse(policy.finalVersionOpen(s, call(null), FINAL.minusSeconds(1)), "no final version asked");
    }

    @Test
    void rejectedWaitlistedAndWithdrawnOnesTakeNone() {
        for (SubmissionState other : List.of(SubmissionState.REJECTED, SubmissionState.WAITLISTED)) {
            assertFalse(policy.finalVersionOpen(decided(other), call(FINAL), FINAL.minusSeconds(60)), other.name());
        }
        Submission gone = decided(SubmissionState.ACCEPTED);
        gone.withdraw(FINAL.minusSeconds(3600));
        assertFalse(policy.finalVersionOpen(gone, call(FINAL), FINAL.minusSeconds(60)), "withdrawn");
    }
}
