package org.samling.assignment.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MaxFlow;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Solves an {@link Instance} exactly as a min-cost flow with OR-Tools: source to each submission
 * (capacity: the reviews it still needs), submission to each candidate reviewer (capacity 1, cost:
 * minus the affinity; an unwilling pair costs far more than any other, so it is used only when
 * nothing else is feasible), optionally through a node per institution that caps how many
 * reviewers of one institution a submission gets, and reviewer to sink through one arc per load
 * slot with a convex cost (a large bonus below the minimum load, then rising with the load) so
 * loads come out even unless affinity clearly says otherwise. The same input gives the same
 * answer: arcs are added in a fixed order and the algorithm is deterministic.
 *
 * <p>The fair mode first raises the worst-off: it finds the highest affinity t such that every
 * review can still be placed using pairs of affinity at least t (a threshold search over max
 * flows) and maximises the total among those pairs, kept if its worst-off submission is better off
 * than the plain result's; then, round by round, it takes the weakest pair away from the
 * submissions that are worst off and solves again while that raises them and the total keeps 97%
 * of the plain optimum.
 */
public final class AssignmentSolver {

    /** Affinities become integer costs in thousandths. */
    static final long SCALE = 1000;
    static final long UNWILLING_PENALTY = 1_000_000;
    static final long MIN_LOAD_BONUS = 100_000;

    private static boolean loaded;

    private AssignmentSolver() {
    }

    /** Loads OR-Tools' native library once per JVM (a second load from another class loader would fail). */
    public static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    /** How hard loads are balanced: the cost, in thousandths of affinity, of the step from load L-1 to L is balance*(2L-1). */
    public record Options(long balance, boolean fair) {

        public static Options plain() {
            return new Options(10, false);
        }
    }

    /** The plain optimum, and with the fair option the fair result too. */
    public record Result(Solution plain, Solution fair) {

        public Solution chosen() {
            return fair != null ? fair : plain;
        }
    }

    public static Result solve(Instance in, Options options) {
        load();
        long start = System.nanoTime();
        int[] need = need(in);
        int demand = Arrays.stream(need).sum();
        Network plain = network(in, need, options.balance(), Double.NEGATIVE_INFINITY, Set.of());
        Solution p = plain.solve(in, demand, false, start);
        if (!options.fair() || !p.feasible()) {
            return new Result(p, null);
        }
        long fairStart = System.nanoTime();
        double[] thresholds = in.candidates().stream().flatMap(List::stream).filter(c -> !c.unwilling())
                .mapToDouble(Instance.Candidate::affinity).distinct().sorted().toArray();
        int lo = 0;
        int hi = thresholds.length - 1;
        int best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (maxFlow(in, need, thresholds[mid]) >= demand) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Solution from = p;
        if (best >= 0) {
            Solution f = network(in, need, options.balance(), thresholds[best], Set.of()).solve(in, demand, true, fairStart);
            if (f.feasible() && f.total() >= KEEP * p.total() && (f.minimum() > p.minimum()
                    || (f.minimum() == p.minimum() && f.total() > p.total()))) {
                from = f;
            }
        }
        Solution raised = raise(in, need, options.balance(), demand, from, p.total(), fairStart);
        return new Result(p, withFair(raised, true, (System.nanoTime() - fairStart) / 1_000_000));
    }

    /** The share of the plain total a fair result must keep. */
    static final double KEEP = 0.97;
    /** How many times the worst-off are raised at the most, and for how long. */
    static final int RAISE_ROUNDS = 40;
    static final long RAISE_MILLIS = 20_000;

    /**
     * Raises the worst-off submissions one step at a time: their weakest new pair is taken away and
     * the rest solved again; kept if the worst-off is better off and the total keeps {@link #KEEP}
     * of the plain one, else the search stops. Never worse than where it started.
     */
    private static Solution raise(Instance in, int[] need, long balance, int demand, Solution start, double plainTotal,
                                  long startNanos) {
        Solution current = start;
        Set<Long> excluded = new HashSet<>();
        Map<Long, Double> affinity = new HashMap<>();
        for (int i = 0; i < in.size(); i++) {
            for (Instance.Candidate c : in.candidates().get(i)) {
                affinity.put(key(i, c.reviewer()), c.affinity());
            }
        }
        for (int round = 0; round < RAISE_ROUNDS
                && (System.nanoTime() - startNanos) / 1_000_000 < RAISE_MILLIS; round++) {
            double min = current.minimum();
            Set<Long> drop = new HashSet<>();
            for (int i = 0; i < in.size(); i++) {
                if (current.submissionTotals()[i] > min + 1e-9) {
                    continue;
                }
                final int sub = i;
                Set<Integer> mine = new HashSet<>();
                current.pairs().stream().filter(pair -> pair[0] == sub).forEach(pair -> mine.add(pair[1]));
                current.pairs().stream().filter(pair -> pair[0] == sub)
                        .min((a, b) -> Double.compare(affinity.getOrDefault(key(a[0], a[1]), 0.0),
                                affinity.getOrDefault(key(b[0], b[1]), 0.0)))
                        // Only where a better reviewer exists: a submission that cannot do better stays as it is.
                        .filter(weakest -> in.candidates().get(sub).stream().anyMatch(c -> !mine.contains(c.reviewer())
                                && !c.unwilling() && c.affinity() > affinity.getOrDefault(key(weakest[0], weakest[1]), 0.0)))
                        .ifPresent(weakest -> drop.add(key(weakest[0], weakest[1])));
            }
            if (drop.isEmpty()) {
                break;
            }
            Set<Long> trial = new HashSet<>(excluded);
            trial.addAll(drop);
            Solution next = network(in, need, balance, Double.NEGATIVE_INFINITY, trial).solve(in, demand, true, startNanos);
            if (!next.feasible() || next.total() < KEEP * plainTotal || next.minimum() < min - 1e-9
                    || (next.minimum() <= min + 1e-9 && count(next, next.minimum()) >= count(current, min))) {
                break;
            }
            excluded = trial;
            current = next;
        }
        return current;
    }

    private static long count(Solution s, double value) {
        return java.util.Arrays.stream(s.submissionTotals()).filter(t -> t <= value + 1e-9).count();
    }

    private static Solution withFair(Solution s, boolean fair, long millis) {
        return new Solution(s.pairs(), s.submissionTotals(), s.total(), s.minimum(), s.unwillingUsed(), s.shortfalls(),
                fair, millis);
    }

    /** The reviews each submission still needs beyond its fixed pairs. */
    static int[] need(Instance in) {
        int[] need = new int[in.size()];
        for (int i = 0; i < need.length; i++) {
            need[i] = in.submissions().get(i).k();
        }
        for (int[] f : in.fixed()) {
            need[f[0]] = Math.max(0, need[f[0]] - 1);
        }
        return need;
    }

    static int[] fixedLoads(Instance in) {
        int[] load = new int[in.reviewers().size()];
        for (int[] f : in.fixed()) {
            load[f[1]]++;
        }
        return load;
    }

    /** Arcs of the flow network, built once and solved with OR-Tools; the pair arcs kept in plain arrays. */
    private static final class Network {
        final MinCostFlow flow = new MinCostFlow();
        int pairs;
        int[] arc;
        int[] sub;
        int[] rev;
        double[] aff;
        boolean[] unwilling;

        Network(int capacity) {
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
                return new Solution(List.of(), new double[in.size()], 0, 0, 0, diagnose(in, (int) placed), fair, millis);
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

    static long key(int submission, int reviewer) {
        return ((long) submission << 32) | reviewer;
    }

    private static Network network(Instance in, int[] need, long balance, double threshold, Set<Long> excluded) {
        Network n = new Network(in.candidates().stream().mapToInt(List::size).sum());
        int demand = build(in, need, balance, threshold, excluded, n.flow::addArcWithCapacityAndUnitCost, n::pair);
        n.flow.setNodeSupply(SOURCE, demand);
        n.flow.setNodeSupply(SINK, -demand);
        return n;
    }

    /** The largest number of reviews that can be placed using pairs of affinity at least {@code threshold}. */
    static long maxFlow(Instance in, int[] need, double threshold) {
        MaxFlow mf = new MaxFlow();
        build(in, need, 0, threshold, Set.of(), (tail, head, capacity, cost) -> mf.addArcWithCapacity(tail, head, capacity),
                (arc, s, r, a, u) -> { });
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
                fixedPerInstitution.merge(key(f[0], inst), 1, Integer::sum);
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
                        || (!excluded.isEmpty() && excluded.contains(key(i, c.reviewer())))) {
                    continue;
                }
                int from = 2 + i;
                int inst = in.reviewers().get(c.reviewer()).institution();
                if (groupNode != null && inst >= 0) {
                    Integer g = groupNode.get(inst);
                    if (g == null) {
                        g = nextNode++;
                        groupNode.put(inst, g);
                        arcs.add(2 + i, g, Math.max(0, in.institutionCap() - fixedPerInstitution.getOrDefault(key(i, inst), 0)), 0);
                    }
                    from = g;
                }
                long cost = -Math.round(c.affinity() * SCALE) + (c.unwilling() ? UNWILLING_PENALTY : 0);
                pairs.pair(arcs.add(from, firstReviewer + c.reviewer(), 1, cost), i, c.reviewer(), c.affinity(), c.unwilling());
            }
        }
        int[] fixedLoad = fixedLoads(in);
        for (int j = 0; j < r; j++) {
            Instance.Reviewer rev = in.reviewers().get(j);
            for (int load = fixedLoad[j] + 1; load <= rev.maxLoad(); load++) {
                arcs.add(firstReviewer + j, SINK, 1, balance * (2L * load - 1) - (load <= rev.minLoad() ? MIN_LOAD_BONUS : 0));
            }
        }
        return Arrays.stream(need).sum();
    }

    /**
     * Why the reviews cannot all be placed, most specific first: a submission with too few eligible
     * reviewers (or too few once the institution cap is applied), a group (track) whose eligible
     * reviewers cannot take its reviews, the committee's capacity as a whole; else the shortfall of
     * the constraints together.
     */
    static List<Solution.Shortfall> diagnose(Instance in, int placed) {
        List<Solution.Shortfall> out = new ArrayList<>();
        int[] need = need(in);
        int[] fixedLoad = fixedLoads(in);
        int[] room = new int[in.reviewers().size()];
        for (int j = 0; j < room.length; j++) {
            room[j] = Math.max(0, in.reviewers().get(j).maxLoad() - fixedLoad[j]);
        }
        for (int i = 0; i < in.size(); i++) {
            List<Instance.Candidate> cs = in.candidates().get(i);
            int eligible = (int) cs.stream().filter(c -> room[c.reviewer()] > 0).count();
            if (eligible < need[i]) {
                out.add(new Solution.Shortfall("submission", in.submissions().get(i).label(), need[i], eligible));
            } else if (in.institutionCap() > 0) {
                Map<Integer, Integer> perInstitution = new HashMap<>();
                int free = 0;
                for (Instance.Candidate c : cs) {
                    int inst = in.reviewers().get(c.reviewer()).institution();
                    if (room[c.reviewer()] == 0) {
                        continue;
                    }
                    if (inst < 0) {
                        free++;
                    } else {
                        perInstitution.merge(inst, 1, Integer::sum);
                    }
                }
                int available = free + perInstitution.values().stream().mapToInt(v -> Math.min(v, in.institutionCap())).sum();
                if (available < need[i]) {
                    out.add(new Solution.Shortfall("institutionCap", in.submissions().get(i).label(), need[i], available));
                }
            }
        }
        Map<String, Integer> groupNeed = new LinkedHashMap<>();
        Map<String, Set<Integer>> groupReviewers = new LinkedHashMap<>();
        for (int i = 0; i < in.size(); i++) {
            String g = in.submissions().get(i).group();
            groupNeed.merge(g, need[i], Integer::sum);
            Set<Integer> rs = groupReviewers.computeIfAbsent(g, x -> new TreeSet<>());
            in.candidates().get(i).forEach(c -> rs.add(c.reviewer()));
        }
        groupNeed.forEach((g, n) -> {
            int capacity = groupReviewers.get(g).stream().mapToInt(j -> room[j]).sum();
            if (n > capacity) {
                out.add(new Solution.Shortfall("group", g, n, capacity));
            }
        });
        int demand = Arrays.stream(need).sum();
        int capacity = Arrays.stream(room).sum();
        if (demand > capacity) {
            out.add(new Solution.Shortfall("total", "", demand, capacity));
        }
        if (out.isEmpty()) {
            out.add(new Solution.Shortfall("combined", "", demand, placed));
        }
        return out;
    }
}
