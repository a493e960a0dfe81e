package org.samling.assignment.solver;

import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flow network of an {@link Instance}, built once and solved with OR-Tools' min-cost flow (or,
 * for the fair mode's threshold search, its max flow): source to submission, submission (through
 * an institution node under a cap) to each candidate reviewer, reviewer to sink one arc per load
 * slot. The pair arcs are kept in plain arrays to read the result back.
 */
final class FlowNetwork {

    final MinCostFlow flow = new MinCostFlow();
    int pairs;
    int[] arc;
    int[] sub;
    int[] rev;
    double[] aff;
    boolean[] unwilling;

    private FlowNetwork(int capacity) {
        arc = new int[capacity];
        sub = new int[capacity];
        rev = new int[capacity];
        aff = new double[capacity];
        unwilling = new boolean[capacity];
    }

    void pair(int arcIndex, int s, int r, double a, boolean u) {
        arc[pairs] = arcIndex;
        sub[pairs] = s;
        rev[pairs] = r;
        aff[pairs] = a;
        unwilling[pairs] = u;
        pairs++;
    }

    Solution solve(Instance in, int demand, boolean fair, long startNanos) {
        // Every review placed is the usual case and the faster solve; only an infeasible input
        // needs the maximum flow at least cost, to say how far short it falls.
        MinCostFlowBase.Status status = flow.solve();
        long placed = demand;
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("min-cost flow: " + status);
            }
            placed = flow.getMaximumFlow();
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        if (placed < demand) {
            return new Solution(List.of(), new double[in.size()], 0, 0, 0, Shortfalls.diagnose(in, (int) placed), fair, millis);
        }
        double[] totals = new double[in.size()];
        for (int[] f : in.fixed()) {
            totals[f[0]] += affinityOf(in, f[0], f[1]);
        }
        List<int[]> chosen = new ArrayList<>();
        int unwillingUsed = 0;
        for (int p = 0; p < pairs; p++) {
            if (flow.getFlow(arc[p]) > 0) {
                chosen.add(new int[]{sub[p], rev[p]});
                totals[sub[p]] += aff[p];
                if (unwilling[p]) {
                    unwillingUsed++;
                }
            }
        }
        chosen.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        double total = Arrays.stream(totals).sum();
        double min = Arrays.stream(totals).min().orElse(0);
        return new Solution(List.copyOf(chosen), totals, total, min, unwillingUsed, List.of(), fair, millis);
    }

    /** A pair's affinity as the candidates give it (0 for a kept pair that is no longer a candidate). */
    static double affinityOf(Instance in, int submission, int reviewer) {
        for (Instance.Candidate c : in.candidates().get(submission)) {
            if (c.reviewer() == reviewer) {
                return c.affinity();
            }
        }
        return 0;
    }

    static FlowNetwork of(Instance in, int[] need, long balance, double threshold, Set<Long> excluded) {
        FlowNetwork n = new FlowNetwork(in.candidates().stream().mapToInt(List::size).sum());
        int demand = build(in, need, balance, threshold, excluded, n.flow::addArcWithCapacityAndUnitCost, n::pair);
        n.flow.setNodeSupply(SOURCE, demand);
        n.flow.setNodeSupply(SINK, -demand);
        return n;
    }

    /** The largest number of reviews that can be placed using pairs of affinity at least {@code threshold}. */
    static long maxFlow(Instance in, int[] need, double threshold) {
        MaxFlow mf = new MaxFlow();
        build(in, need, 0, threshold, Set.of(), (tail, head, capacity, cost) -> mf.addArcWithCapacity(tail, head, capacity),
                (arc, s, r, a, u) -> {
                });
        MaxFlow.Status status = mf.solve(SOURCE, SINK);
        if (status != MaxFlow.Status.OPTIMAL) {
            throw new IllegalStateException("max flow: " + status);
        }
        return mf.getOptimalFlow();
    }

    static final int SOURCE = 0;
    static final int SINK = 1;

    /** Where the arcs go: OR-Tools' min-cost flow, or its max flow (which ignores the cost). */
    @FunctionalInterface
    interface ArcSink {

        int add(int tail, int head, long capacity, long cost);
    }

    /** Told of each submission-reviewer arc, to read the result back. */
    @FunctionalInterface
    interface PairSink {

        void pair(int arc, int submission, int reviewer, double affinity, boolean unwilling);
    }

    /**
     * The one network both solvers use: source to submission, submission (through an institution
     * node under a cap) to each candidate reviewer, reviewer to sink one arc per load slot. Pairs
     * below {@code threshold} or excluded are left out, and unwilling ones whenever a threshold is
     * set. Returns the demand (the reviews still needed).
     */
    private static int build(Instance in, int[] need, long balance, double threshold, Set<Long> excluded, ArcSink arcs,
            PairSink pairs) {
        int s = in.size();
        int r = in.reviewers().size();
        int firstReviewer = 2 + s;
        int nextNode = firstReviewer + r;
        Map<Long, Integer> fixedPerInstitution = new HashMap<>();
        for (int[] f : in.fixed()) {
            int inst = in.reviewers().get(f[1]).institution();
            if (inst >= 0) {
                fixedPerInstitution.merge(AssignmentSolver.key(f[0], inst), 1, Integer::sum);
            }
        }
        for (int i = 0; i < s; i++) {
            if (need[i] == 0) {
                continue;
            }
            arcs.add(SOURCE, 2 + i, need[i], 0);
            Map<Integer, Integer> groupNode = in.institutionCap() > 0 ? new HashMap<>() : null;
            for (Instance.Candidate c : in.candidates().get(i)) {
                if (c.affinity() < threshold || (c.unwilling() && threshold > Double.NEGATIVE_INFINITY)
                        || (!excluded.isEmpty() && excluded.contains(AssignmentSolver.key(i, c.reviewer())))) {
                    continue;
                }
                int from = 2 + i;
                int inst = in.reviewers().get(c.reviewer()).institution();
                if (groupNode != null && inst >= 0) {
                    Integer g = groupNode.get(inst);
                    if (g == null) {
                        g = nextNode++;
                        groupNode.put(inst, g);
                        arcs.add(2 + i, g,
                                Math.max(0,
                                        in.institutionCap() - fixedPerInstitution.getOrDefault(AssignmentSolver.key(i, inst), 0)),
                                0);
                    }
                    from = g;
                }
                long cost = -Math.round(c.affinity() * AssignmentSolver.SCALE)
                        + (c.unwilling() ? AssignmentSolver.UNWILLING_PENALTY : 0);
                pairs.pair(arcs.add(from, firstReviewer + c.reviewer(), 1, cost), i, c.reviewer(), c.affinity(), c.unwilling());
            }
        }
        int[] fixedLoad = AssignmentSolver.fixedLoads(in);
        for (int j = 0; j < r; j++) {
            Instance.Reviewer rev = in.reviewers().get(j);
            for (int load = fixedLoad[j] + 1; load <= rev.maxLoad(); load++) {
                arcs.add(firstReviewer + j, SINK, 1,
                        balance * (2L * load - 1) - (load <= rev.minLoad() ? AssignmentSolver.MIN_LOAD_BONUS : 0));
            }
        }
        return Arrays.stream(need).sum();
    }
}
