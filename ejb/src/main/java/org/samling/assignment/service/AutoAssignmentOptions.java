package org.samling.assignment.service;

import java.util.List;

/**
 * What the chair asks of a run: k reviews per submission, the affinity weights, an optional cap on
 * reviewers from one institution per submission (0: none), the fair mode, whether Danish, Swedish
 * and Norwegian readers may be given each other's languages, and pairs pinned or forbidden, each
 * "submissionId:accountId".
 */
public record AutoAssignmentOptions(int k, double bidWeight, double topicWeight, double textWeight, int institutionCap,
        boolean fair, boolean scandinavian, List<String> pinned, List<String> forbidden) {

    public AutoAssignmentOptions {
        pinned = pinned == null ? List.of() : List.copyOf(pinned);
        forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    public static AutoAssignmentOptions defaults() {
        Affinity.Weights w = Affinity.Weights.defaults();
        return new AutoAssignmentOptions(3, w.bid(), w.topics(), w.text(), 0, false, true, List.of(), List.of());
    }

    public Affinity.Weights weights() {
        return new Affinity.Weights(bidWeight, topicWeight, textWeight);
    }
}
