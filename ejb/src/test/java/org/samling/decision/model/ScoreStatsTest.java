package org.samling.decision.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Score statistics as the ranking shows them. */
class ScoreStatsTest {

    @Test
    void meanConfidenceWeightedSpreadAndDisagreement() {
        ScoreStats s = ScoreStats.of(List.of(new ScoreStats.Score(90.0, 3, 4), new ScoreStats.Score(40.0, 1, 2)));
        assertEquals(2, s.reviews());
        assertEquals(65.0, s.mean());
        assertEquals(77.5, s.confidenceWeighted(), "(3*90 + 1*40) / 4");
        assertEquals(40.0, s.min());
        assertEquals(90.0, s.max());
        assertEquals(50.0, s.spread());
        assertEquals(3.0, s.recommendation());
        assertTrue(s.disagreement(), "50 points apart");
        assertFalse(ScoreStats.of(List.of(new ScoreStats.Score(70.0, 2, 3), new ScoreStats.Score(50.0, 2, 3))).disagreement());
    }

    @Test
    void oneReviewNeverDisagreesAndNoScoresGiveNoFigures() {
        assertFalse(ScoreStats.of(List.of(new ScoreStats.Score(10.0, 1, 1))).disagreement());
        ScoreStats none = ScoreStats.of(List.of(new ScoreStats.Score(null, null, 2)));
        assertNull(none.mean());
        assertEquals(2.0, none.recommendation());
        assertNull(ScoreStats.of(List.of()).mean());
    }
}
