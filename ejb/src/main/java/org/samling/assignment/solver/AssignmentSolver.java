package org.samling.assignment.solver;

import com.google.ortools.Loader;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        FlowNetwork plain = FlowNetwork.of(in, need, options.balance(), Double.NEGATIVE_INFINITY, Set.of());
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
            if (FlowNetwork.maxFlow(in, need, thresholds[mid]) >= demand) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        Solution from = p;
        if (best >= 0) {
            Solution f = FlowNetwork.of(in, need, options.balance(), thresholds[best], Set.of()).solve(in, demand, true,
                    fairStart);
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
            Solution next = FlowNetwork.of(in, need, balance, Double.NEGATIVE_INFINITY, trial).solve(in, demand, true,
                    startNanos);
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
        return Arrays.stream(s.submissionTotals()).filter(t -> t <= value + 1e-9).count();
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

    static long key(int submission, int reviewer) {
        return ((long) submission << 32) | reviewer;
    }
}
