package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.samling.lifecycle.model.RetentionPolicy;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.service.SubmissionRetention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** When the retention timer tells the chairs and when it erases, and which submissions it erases. */
class RetentionRulesTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 31);

    @Test
    void theDataGoesAtMidnightAfterTheMonthsAndTheNoticeAMonthBefore() {
        assertEquals(Instant.parse("2028-01-31T23:00:00Z"), RetentionPolicy.dueAt(LAST_DAY, OSLO, 24));
        assertEquals(Instant.parse("2027-12-31T23:00:00Z"), RetentionPolicy.noticeAt(LAST_DAY, OSLO, 24));
        // A month ends where the calendar says: 31 January plus one month is 28 February.
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), RetentionPolicy.dueAt(LAST_DAY, OSLO, 1));
        assertEquals(Instant.parse("2026-01-31T23:00:00Z"), RetentionPolicy.noticeAt(LAST_DAY, OSLO, 1));
    }

    @Test
    void theTimerTellsOnceThenErasesOnceAndAfterThatDoesNothing() {
        RetentionPolicy p = new RetentionPolicy(1L, 24);
        Instant notice = RetentionPolicy.noticeAt(LAST_DAY, OSLO, 24);
        Instant due = RetentionPolicy.dueAt(LAST_DAY, OSLO, 24);
        assertEquals(RetentionPolicy.Step.NOTHING, p.stepAt(LAST_DAY, OSLO, notice.minusSeconds(1)));
        assertEquals(RetentionPolicy.Step.NOTICE, p.stepAt(LAST_DAY, OSLO, notice));
        p.noticed(notice);
        assertEquals(RetentionPolicy.Step.NOTHING, p.stepAt(LAST_DAY, OSLO, due.minusSeconds(1)));
        assertEquals(RetentionPolicy.Step.ERASE, p.stepAt(LAST_DAY, OSLO, due));
        p.erased(due);
        assertEquals(RetentionPolicy.Step.NOTHING, p.stepAt(LAST_DAY, OSLO, due.plusSeconds(86_400 * 400L)));
    }

    @Test
    void aTimerThatWasDownErasesWithoutTheNoticeAndANewPeriodIsToldAgain() {
        RetentionPolicy late = new RetentionPolicy(1L, 12);
        assertEquals(RetentionPolicy.Step.ERASE,
                late.stepAt(LAST_DAY, OSLO, RetentionPolicy.dueAt(LAST_DAY, OSLO, 12).plusSeconds(60)));
        RetentionPolicy p = new RetentionPolicy(1L, 12);
        p.noticed(RetentionPolicy.noticeAt(LAST_DAY, OSLO, 12));
        p.change(24);
        assertEquals(RetentionPolicy.Step.NOTICE, p.stepAt(LAST_DAY, OSLO, RetentionPolicy.noticeAt(LAST_DAY, OSLO, 24)));
    }

    @Test
    void onlySubmissionsThatWillNeverBeInTheRecordLoseTheirAuthors() {
        assertEquals(EnumSet.of(SubmissionState.REJECTED, SubmissionState.WITHDRAWN, SubmissionState.DRAFT),
                SubmissionRetention.EXPIRING);
    }
}
