package org.samling.review.service;

import org.junit.jupiter.api.Test;
import org.samling.review.service.ReviewProgressService.Standing;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A reviewer is late only after the deadline, due soon in the three days before it, and never without one. */
class ReviewStandingTest {

    private static final Instant DEADLINE = Instant.parse("2027-03-01T22:59:00Z");

    @Test
    void lateOnlyAfterTheDeadline() {
        assertEquals(Standing.ON_TRACK, ReviewProgressService.standing(true, DEADLINE, DEADLINE.minus(Duration.ofDays(10))),
                "just assigned, weeks to go");
        assertEquals(Standing.DUE_SOON, ReviewProgressService.standing(true, DEADLINE, DEADLINE.minus(Duration.ofDays(2))));
        assertEquals(Standing.DUE_SOON, ReviewProgressService.standing(true, DEADLINE, DEADLINE));
        assertEquals(Standing.LATE, ReviewProgressService.standing(true, DEADLINE, DEADLINE.plusSeconds(60)));
    }

    @Test
    void nobodyWithAllReviewsInOrWithoutADeadlineIsBehind() {
        assertEquals(Standing.ON_TRACK, ReviewProgressService.standing(false, DEADLINE, DEADLINE.plus(Duration.ofDays(5))));
        assertEquals(Standing.ON_TRACK, ReviewProgressService.standing(true, null, DEADLINE));
    }
}
