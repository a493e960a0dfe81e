package org.samling.review.model;

import java.io.Serializable;
import java.util.Map;

/** What a reviewer writes: scores by criterion key, recommendation, confidence, and the two comments. */
public record ReviewContent(Map<String, Integer> scores, Integer recommendation, Integer confidence, String toAuthors,
        String toCommittee) implements Serializable {

    public ReviewContent {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        toAuthors = toAuthors == null ? "" : toAuthors;
        toCommittee = toCommittee == null ? "" : toCommittee;
    }

    public static ReviewContent empty() {
        return new ReviewContent(Map.of(), null, null, "", "");
    }
}
