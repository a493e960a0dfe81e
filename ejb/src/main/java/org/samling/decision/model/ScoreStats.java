package org.samling.decision.model;

import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;

import java.util.List;

/**
 * What the submitted reviews of one submission say together: the mean of their weighted scores
 * (0..100), the mean weighted by each reviewer's confidence, the lowest and highest, the spread, the
 * mean recommendation; a spread of {@link #DISAGREEMENT} points or more flags a disagreement the
 * committee should discuss. A review without a weighted score (nothing scored) counts for the
 * recommendation only.
 */
public record ScoreStats(int reviews, Double mean, Double confidenceWeighted, Double min, Double max, Double spread,
        Double recommendation, boolean disagreement) {

    public static final double DISAGREEMENT = 40.0;

    /** One review's figures: weighted score 0..100 (or null), confidence (or null), recommendation (or null). */
    public record Score(Double weighted, Integer confidence, Integer recommendation) {

        /** A submitted review's figures as the conference's review form weighs its scores. */
        public static Score of(ReviewFormDefinition form, ReviewContent review) {
            return new Score(form.weightedScore(review.scores()).orElse(null), review.confidence(), review.recommendation());
        }
    }

    public static ScoreStats of(List<Score> scores) {
        double sum = 0;
        double wsum = 0;
        double weights = 0;
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        int scored = 0;
        double recSum = 0;
        int recs = 0;
        for (Score s : scores) {
            if (s.weighted() != null) {
                double w = s.weighted();
                sum += w;
                scored++;
                min = Math.min(min, w);
                max = Math.max(max, w);
                double c = s.confidence() == null ? 1 : s.confidence();
                wsum += c * w;
                weights += c;
            }
            if (s.recommendation() != null) {
                recSum += s.recommendation();
                recs++;
            }
        }
        if (scored == 0) {
            return new ScoreStats(scores.size(), null, null, null, null, null, recs == 0 ? null : round(recSum / recs), false);
        }
        double spread = max - min;
        return new ScoreStats(scores.size(), round(sum / scored), round(wsum / weights), round(min), round(max), round(spread),
                recs == 0 ? null : round(recSum / recs), scored >= 2 && spread >= DISAGREEMENT);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
