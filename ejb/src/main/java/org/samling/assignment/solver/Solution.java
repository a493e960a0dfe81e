package org.samling.assignment.solver;

import java.util.List;

/**
 * What the solver chose: the new pairs (submission, reviewer) besides the fixed ones, each
 * submission's total affinity (fixed pairs included), the total and the minimum, how many unwilling
 * pairs it could not avoid; or, if the constraints cannot all be met, why (and then no pairs).
 */
public record Solution(List<int[]> pairs, double[] submissionTotals, double total, double minimum,
        int unwillingUsed, List<Shortfall> shortfalls, boolean fair, long solveMillis) {

    /** A constraint that cannot be met, with its numbers, for the message the chair reads. */
    public record Shortfall(String kind, String subject, int needed, int available) {
    }

    public boolean feasible() {
        return shortfalls.isEmpty();
    }
}
