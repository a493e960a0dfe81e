package org.samling.assignment.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The solver against brute force on small random instances (the same optimum), and the rules every
 * result keeps: no pair outside the candidates (conflicts, languages), k reviews each, loads within
 * limits, the institution cap, unwilling pairs only when nothing else fits, a message naming the
 * constraint that cannot be met, a fair minimum at least the plain one, and the same answer twice.
 */
class AssignmentSolverTest {

    private static final AssignmentSolver.Options PLAIN = AssignmentSolver.Options.plain();

    /** A random instance: some pairs missing (conflicts), some unwilling. */
    static Instance random(long seed, int subs, int revs, int k, int maxLoad, int institutions, int cap) {
        Random rnd = new Random(seed);
        List<Instance.Submission> s = new ArrayList<>();
        List<List<Instance.Candidate>> candidates = new ArrayList<>();
        for (int i = 0; i < subs; i++) {
            s.add(new Instance.Submission("S" + i, k, "track" + (i % 2)));
            List<Instance.Candidate> cs = new ArrayList<>();
            for (int j = 0; j < revs; j++) {
                if (rnd.nextInt(5) == 0) {
                    continue; // a conflict
                }
                boolean unwilling = rnd.nextInt(6) == 0;
                cs.add(new Instance.Candidate(j, Math.round(rnd.nextDouble() * 100) / 100.0, unwilling));
            }
            candidates.add(cs);
        }
        List<Instance.Reviewer> r = new ArrayList<>();
        for (int j = 0; j < revs; j++) {
            r.add(new Instance.Reviewer("R" + j, rnd.nextInt(2), 1 + rnd.nextInt(maxLoad),
                    institutions == 0 ? -1 : j % institutions));
        }
        return new Instance(s, r, candidates, List.of(), cap);
    }

    /** The solver's own objective, in its integer units, for any set of pairs. */
    static long cost(Instance in, List<int[]> pairs, long balance) {
        long c = 0;
        int[] load = new int[in.reviewers().size()];
        for (int[] p : pairs) {
            Instance.Candidate cand = in.candidates().get(p[0]).stream().filter(x -> x.reviewer() == p[1]).findFirst()
                    .orElseThrow();
            c += -Math.round(cand.affinity() * AssignmentSolver.SCALE)
                    + (cand.unwilling() ? AssignmentSolver.UNWILLING_PENALTY : 0);
            load[p[1]]++;
        }
        for (int j = 0; j < load.length; j++) {
            for (int l = 1; l <= load[j]; l++) {
                c += balance * (2L * l - 1) - (l <= in.reviewers().get(j).minLoad() ? AssignmentSolver.MIN_LOAD_BONUS : 0);
            }
        }
        return c;
    }

    /** Every way to give each submission k of its candidates within the loads and the cap; the cheapest cost, or null. */
    static Long bruteForce(Instance in, long balance) {
        long[] best = {Long.MAX_VALUE};
        search(in, 0, new ArrayList<>(), new int[in.reviewers().size()], balance, best);
        return best[0] == Long.MAX_VALUE ? null : best[0];
    }

    private static void search(Instance in, int i, List<int[]> chosen, int[] load, long balance, long[] best) {
        if (i == in.size()) {
            best[0] = Math.min(best[0], cost(in, chosen, balance));
            return;
        }
        List<Instance.Candidate> cs = in.candidates().get(i);
        int k = in.submissions().get(i).k();
        for (List<Instance.Candidate> pick : subsets(cs, k)) {
            if (in.institutionCap() > 0) {
                int[] per = new int[64];
                boolean over = false;
                for (Instance.Candidate c : pick) {
                    int inst = in.reviewers().get(c.reviewer()).institution();
                    if (inst >= 0 && ++per[inst] > in.institutionCap()) {
                        over = true;
                    }
                }
                if (over) {
                    continue;
                }
            }
            boolean fits = pick.stream().allMatch(c -> load[c.reviewer()] < in.reviewers().get(c.reviewer()).maxLoad());
            if (!fits) {
                continue;
            }
            pick.forEach(c -> {
                load[c.reviewer()]++;
                chosen.add(new int[]{i, c.reviewer()});
            });
            search(in, i + 1, chosen, load, balance, best);
            pick.forEach(c -> {
                load[c.reviewer()]--;
                chosen.remove(chosen.size() - 1);
            });
        }
    }

    private static <T> List<List<T>> subsets(List<T> items, int k) {
        List<List<T>> out = new ArrayList<>();
        subsets(items, k, 0, new ArrayList<>(), out);
        return out;
    }

    private static <T> void subsets(List<T> items, int k, int from, List<T> acc, List<List<T>> out) {
        if (acc.size() == k) {
            out.add(List.copyOf(acc));
            return;
        }
        for (int i = from; i < items.size(); i++) {
            acc.add(items.get(i));
            subsets(items, k, i + 1, acc, out);
            acc.remove(acc.size() - 1);
        }
    }

    private static void assertKeepsTheRules(Instance in, Solution s) {
        Set<Long> seen = new HashSet<>();
        int[] load = new int[in.reviewers().size()];
        int[] got = new int[in.size()];
        for (int[] p : s.pairs()) {
            assertTrue(in.candidates().get(p[0]).stream().anyMatch(c -> c.reviewer() == p[1]), "a pair outside the candidates");
            assertTrue(seen.add(AssignmentSolver.key(p[0], p[1])), "a pair twice");
            load[p[1]]++;
            got[p[0]]++;
        }
        for (int i = 0; i < in.size(); i++) {
            assertEquals(in.submissions().get(i).k(), got[i], "k reviews for " + i);
        }
        for (int j = 0; j < load.length; j++) {
            assertTrue(load[j] <= in.reviewers().get(j).maxLoad(), "load of " + j);
        }
    }

    @Test
    void theOptimumEqualsBruteForceOnSmallRandomInstances() {
        int feasible = 0;
        for (long seed = 1; seed <= 40; seed++) {
            Instance in = random(seed, 4, 5, 2, 3, seed % 2 == 0 ? 2 : 0, seed % 2 == 0 ? 1 : 0);
            Long best = bruteForce(in, PLAIN.balance());
            Solution s = AssignmentSolver.solve(in, PLAIN).plain();
            if (best == null) {
                assertFalse(s.feasible(), "seed " + seed + ": brute force finds nothing");
                continue;
            }
            feasible++;
            assertTrue(s.feasible(), "seed " + seed);
            assertKeepsTheRules(in, s);
            assertEquals(best, cost(in, s.pairs(), PLAIN.balance()), "seed " + seed);
        }
        assertTrue(feasible >= 20, "enough feasible instances to mean something: " + feasible);
    }

    @Test
    void theFairMinimumIsAtLeastThePlainOneAndTheSameInputGivesTheSameAnswer() {
        for (long seed = 100; seed < 120; seed++) {
            Instance in = random(seed, 12, 8, 2, 5, 0, 0);
            AssignmentSolver.Result r = AssignmentSolver.solve(in, new AssignmentSolver.Options(10, true));
            if (!r.plain().feasible()) {
                continue;
            }
            assertKeepsTheRules(in, r.fair());
            assertTrue(r.fair().minimum() >= r.plain().minimum(), "seed " + seed);
            Solution again = AssignmentSolver.solve(in, new AssignmentSolver.Options(10, true)).fair();
            assertEquals(r.fair().pairs().size(), again.pairs().size());
            for (int p = 0; p < again.pairs().size(); p++) {
                assertArrayEquals(r.fair().pairs().get(p), again.pairs().get(p));
            }
        }
    }

    @Test
    void theFairModeGivesUpALittleTotalToRaiseTheWorstOff() {
        List<Instance.Reviewer> two = List.of(new Instance.Reviewer("A", 0, 1, -1), new Instance.Reviewer("B", 0, 1, -1));
        Instance in = new Instance(List.of(new Instance.Submission("S0", 1, "t"), new Instance.Submission("S1", 1, "t")), two,
                List.of(List.of(new Instance.Candidate(0, 1.0, false), new Instance.Candidate(1, 0.6, false)),
                        List.of(new Instance.Candidate(0, 0.58, false), new Instance.Candidate(1, 0.2, false))),
                List.of(), 0);
        AssignmentSolver.Result r = AssignmentSolver.solve(in, new AssignmentSolver.Options(10, true));
        assertEquals(1.2, r.plain().total(), 1e-9);
        assertEquals(0.2, r.plain().minimum(), 1e-9);
        assertEquals(1.18, r.fair().total(), 1e-9, "98% of the plain total");
        assertEquals(0.58, r.fair().minimum(), 1e-9);
    }

    @Test
    void anUnwillingPairIsUsedOnlyWhenNothingElseFitsAndThenCounted() {
        List<Instance.Reviewer> two = List.of(new Instance.Reviewer("A", 0, 1, -1), new Instance.Reviewer("B", 0, 1, -1));
        Instance avoidable = new Instance(List.of(new Instance.Submission("S", 1, "t")), two,
                List.of(List.of(new Instance.Candidate(0, 0.9, true), new Instance.Candidate(1, 0.1, false))), List.of(), 0);
        Solution s = AssignmentSolver.solve(avoidable, PLAIN).plain();
        assertEquals(1, s.pairs().get(0)[1], "the willing one, though less alike");
        assertEquals(0, s.unwillingUsed());
        Instance forced = new Instance(List.of(new Instance.Submission("S", 2, "t")), two,
                List.of(List.of(new Instance.Candidate(0, 0.9, true), new Instance.Candidate(1, 0.1, false))), List.of(), 0);
        assertEquals(1, AssignmentSolver.solve(forced, PLAIN).plain().unwillingUsed());
    }

    @Test
    void whatCannotBeMetIsNamedWithItsNumbers() {
        // Track "Child welfare" needs 3 x 2 = 6 reviews; its two eligible reviewers take 2 each.
        List<Instance.Reviewer> revs = List.of(new Instance.Reviewer("A", 0, 2, -1), new Instance.Reviewer("B", 0, 2, -1),
                new Instance.Reviewer("C", 0, 5, -1));
        List<Instance.Candidate> ab = List.of(new Instance.Candidate(0, 0.5, false), new Instance.Candidate(1, 0.5, false));
        Instance in = new Instance(List.of(new Instance.Submission("S1", 2, "Child welfare"),
                new Instance.Submission("S2", 2, "Child welfare"), new Instance.Submission("S3", 2, "Child welfare"),
                new Instance.Submission("S4", 2, "Disability")),
                revs, List.of(ab, ab, ab, List.of(new Instance.Candidate(2, 0.5, false))), List.of(), 0);
        Solution s = AssignmentSolver.solve(in, PLAIN).plain();
        assertFalse(s.feasible());
        assertTrue(s.pairs().isEmpty(), "no partial result");
        assertTrue(s.shortfalls().contains(new Solution.Shortfall("submission", "S4", 2, 1)), s.shortfalls().toString());
        assertTrue(s.shortfalls().contains(new Solution.Shortfall("group", "Child welfare", 6, 4)), s.shortfalls().toString());
    }

    @Test
    void keptPairsCountTowardsKAndLoadsAndTheInstitutionCapHolds() {
        List<Instance.Reviewer> revs = List.of(new Instance.Reviewer("A", 0, 1, 0), new Instance.Reviewer("B", 0, 2, 0),
                new Instance.Reviewer("C", 0, 2, 1));
        List<Instance.Candidate> all = List.of(new Instance.Candidate(0, 0.9, false), new Instance.Candidate(1, 0.8, false),
                new Instance.Candidate(2, 0.1, false));
        Instance in = new Instance(List.of(new Instance.Submission("S1", 2, "t"), new Instance.Submission("S2", 2, "t")),
                revs, List.of(all, all), List.<int[]>of(new int[]{0, 0}), 1);
        Solution s = AssignmentSolver.solve(in, PLAIN).plain();
        assertTrue(s.feasible(), s.shortfalls().toString());
        // S1 keeps A; the cap (one per institution) forbids B with A, so S1 gets C; S2 gets B and C.
        assertEquals(List.of("0-2", "1-1", "1-2"), s.pairs().stream().map(p -> p[0] + "-" + p[1]).toList());
    }
}
