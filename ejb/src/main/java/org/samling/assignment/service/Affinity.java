package org.samling.assignment.service;

import org.samling.review.model.BidPreference;

import java.util.List;

/**
 * How well a reviewer fits a submission, with its reasons, so a chair can see why a pair was
 * chosen: the bid (eager 1, willing 0.66, none or indifferent 0.33, unwilling 0 and avoided), the
 * topics (the track among theirs: half; keywords shared: half), and the text similarity, each
 * weighted as the chair set.
 */
public record Affinity(BidPreference bid, boolean trackMatch, List<String> sharedKeywords, double text, double value) {

    /** The chair's weights; the defaults put the bid first. */
    public record Weights(double bid, double topics, double text) {

        public static Weights defaults() {
            return new Weights(0.5, 0.3, 0.2);
        }

        public boolean valid() {
            return bid >= 0 && topics >= 0 && text >= 0 && bid + topics + text > 0;
        }
    }

    public static Affinity of(BidPreference bid, boolean trackMatch, List<String> sharedKeywords, int keywordsOfSmaller,
            double text, Weights w) {
        double bidScore = bid == null ? 0.33 : switch (bid) {
            case EAGER -> 1.0;
            case WILLING -> 0.66;
            case INDIFFERENT -> 0.33;
            case UNWILLING, CONFLICT -> 0.0;
        };
        double keywords = keywordsOfSmaller == 0 ? 0 : Math.min(1.0, sharedKeywords.size() / (double) keywordsOfSmaller);
        double topics = 0.5 * (trackMatch ? 1 : 0) + 0.5 * keywords;
        double sum = w.bid() + w.topics() + w.text();
        double value = (w.bid() * bidScore + w.topics() * topics + w.text() * text) / sum;
        return new Affinity(bid, trackMatch, List.copyOf(sharedKeywords), Math.round(text * 1000) / 1000.0,
                Math.round(value * 1000) / 1000.0);
    }

    public boolean unwilling() {
        return bid == BidPreference.UNWILLING;
    }
}
