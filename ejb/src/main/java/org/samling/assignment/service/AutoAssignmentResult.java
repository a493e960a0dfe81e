package org.samling.assignment.service;

import java.util.List;

/**
 * A finished run, as the chair's page shows it and as it is kept (JSON): the new pairs with their
 * reasons, the pairs kept, the plain and (if asked) the fair totals, each reviewer's load, and,
 * when the constraints cannot all be met, which and by how much (then no pairs at all).
 */
public record AutoAssignmentResult(int k, int submissions, int reviewers, List<Pair> changes, List<Pair> kept,
        Stats plain, Stats fair, List<Shortfall> shortfalls, int unwillingUsed,
        List<Load> loads, long solveMillis) {

    /** One pair with why: the bid, the track, shared keywords, text similarity, its affinity. */
    public record Pair(Long submissionId, String title, Long accountId, String reviewer, String bid, boolean trackMatch,
            List<String> sharedKeywords, double text, double affinity, boolean pinned) {
    }

    /** Affinity per submission: the total over all, the worst-off, the mean, and how many per tenth (0-0.1, ...). */
    public record Stats(double total, double minimum, double mean, List<Integer> distribution) {
    }

    /** A constraint that cannot be met: "submission", "group" (a track), "institutionCap", "total" or "combined". */
    public record Shortfall(String kind, String subject, int needed, int available) {
    }

    public record Load(Long accountId, String name, int before, int after, int max) {
    }

    public boolean feasible() {
        return shortfalls.isEmpty();
    }
}
