package org.samling.assignment.solver;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * The assignment benchmark (bench/assignment.sh): a synthetic conference from a generator
 * (submissions, reviewers, k, bid density, conflict rate, seed) or an instance from a text file
 * (format in BENCHMARKS.md); prints build and solve time, peak heap, total and minimum affinity for
 * the plain and the fair result, and an optimality check (the flow's cost recomputed from its
 * pairs, every rule checked, and where small enough the optimum of an independent LP, GLOP).
 * Usage: AssignmentBench generate SUBMISSIONS REVIEWERS K [SEED] [fair] [write=PATH] | AssignmentBench file PATH [fair]
 */
public final class AssignmentBench {

    /** The raw facts of an instance, from the generator or a file. */
    record Facts(int k, int topics, List<int[]> submissionTopics, List<int[]> reviewers, List<int[]> reviewerTopics,
            Map<Long, Integer> bids, Set<Long> conflicts) {
    }

    public static void main(String[] args) throws IOException {
        boolean fair = List.of(args).contains("fair");
        long t0 = System.nanoTime();
        Facts f = args[0].equals("file")
                ? read(Path.of(args[1]))
                : generate(Integer.parseInt(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                        args.length > 4 && args[4].matches("\\d+") ? Long.parseLong(args[4]) : 1L);
        for (String a : args) {
            if (a.startsWith("write=")) {
                write(f, Path.of(a.substring(6)));
                System.out.println("instance written to " + a.substring(6));
            }
        }
        Instance in = instance(f);
        long arcs = in.candidates().stream().mapToLong(List::size).sum();
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("instance: %d submissions x %d reviewers, k=%d, %,d candidate pairs, %d conflicts, %d bids%n",
                in.size(), in.reviewers().size(), f.k(), arcs, f.conflicts().size(), f.bids().size());
        AssignmentSolver.load();
        long s0 = System.nanoTime();
        AssignmentSolver.Result r = AssignmentSolver.solve(in, new AssignmentSolver.Options(10, false));
        long solveMs = (System.nanoTime() - s0) / 1_000_000;
        Solution p = r.plain();
        System.out.printf(
                "build %d ms, solve %d ms; feasible=%s; total affinity %.2f, minimum per submission %.3f, mean %.3f, unwilling used %d%n",
                buildMs, solveMs, p.feasible(), p.total(), p.minimum(), p.total() / in.size(), p.unwillingUsed());
        if (!p.feasible()) {
            System.out.println("shortfalls: " + p.shortfalls());
        } else {
            System.out.println("check: " + check(in, p));
            if ((long) in.size() * in.reviewers().size() <= 1_000_000) {
                long l0 = System.nanoTime();
                Double lp = lp(in, 10);
                long lpMs = (System.nanoTime() - l0) / 1_000_000;
                long flow = AssignmentSolverTest.cost(in, p.pairs(), 10);
                System.out.printf("LP (GLOP) optimum %s, flow %d: %s (LP %d ms)%n",
                        lp == null ? "n/a" : String.format("%.0f", lp),
                        flow, lp != null && Math.abs(lp - flow) < 0.5 ? "equal, optimal" : "DIFFERENT", lpMs);
            } else {
                System.out.println("LP check: skipped above 1,000,000 pairs");
            }
        }
        if (fair && p.feasible()) {
            long f0 = System.nanoTime();
            Solution fr = AssignmentSolver.solve(in, new AssignmentSolver.Options(10, true)).fair();
            long fairMs = (System.nanoTime() - f0) / 1_000_000;
            System.out.printf(
                    "fair: %d ms (plain solve included); total %.2f (%.1f%% of the plain total), minimum %.3f (plain %.3f); check: %s%n",
                    fairMs, fr.total(), 100 * fr.total() / p.total(), fr.minimum(), p.minimum(), check(in, fr));
        }
        System.out.printf("peak heap %d MB%n", peakHeapMb());
    }

    static Facts generate(int subs, int revs, int k, long seed) {
        Random rnd = new Random(seed);
        int topics = 60;
        List<int[]> st = new ArrayList<>();
        for (int i = 0; i < subs; i++) {
            st.add(distinct(rnd, 1 + rnd.nextInt(3), topics));
        }
        List<int[]> rv = new ArrayList<>();
        List<int[]> rt = new ArrayList<>();
        int max = (int) Math.ceil(1.3 * k * subs / revs);
        for (int j = 0; j < revs; j++) {
            rv.add(new int[]{0, max});
            rt.add(distinct(rnd, 3 + rnd.nextInt(4), topics));
        }
        Map<Long, Integer> bids = new HashMap<>();
        for (int j = 0; j < revs; j++) {
            int n = Math.min(subs, 20 + rnd.nextInt(40)); // each reviewer bids on 20-60 submissions
            for (int b = 0; b < n; b++) {
                int[] w = {2, 1, 1, 0, -1};
                bids.put(AssignmentSolver.key(rnd.nextInt(subs), j), w[rnd.nextInt(w.length)]);
            }
        }
        Set<Long> conflicts = new HashSet<>();
        for (int c = 0; c < subs * 2; c++) {
            conflicts.add(AssignmentSolver.key(rnd.nextInt(subs), rnd.nextInt(revs)));
        }
        return new Facts(k, topics, st, rv, rt, bids, conflicts);
    }

    private static int[] distinct(Random rnd, int n, int bound) {
        Set<Integer> s = new HashSet<>();
        while (s.size() < n) {
            s.add(rnd.nextInt(bound));
        }
        return s.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /**
     * Affinity as the application weighs it by default without text: half the bid (eager 1,
     * willing 0.66, indifferent or none 0.33, unwilling 0 and avoided), half the topic overlap
     * (shared / smaller set). Candidates: every pair without a conflict that shares a topic or
     * has a bid; if that leaves a submission short, every pair without a conflict for it.
     */
    static Instance instance(Facts f) {
        List<Instance.Submission> subs = new ArrayList<>();
        List<List<Instance.Candidate>> candidates = new ArrayList<>();
        Map<Integer, List<Integer>> byTopic = new HashMap<>();
        for (int j = 0; j < f.reviewerTopics().size(); j++) {
            for (int t : f.reviewerTopics().get(j)) {
                byTopic.computeIfAbsent(t, x -> new ArrayList<>()).add(j);
            }
        }
        Map<Integer, List<Integer>> bidders = new HashMap<>();
        f.bids().keySet()
                .forEach(key -> bidders.computeIfAbsent((int) (key >>> 32), x -> new ArrayList<>()).add((int) (long) key));
        for (int i = 0; i < f.submissionTopics().size(); i++) {
            subs.add(new Instance.Submission("S" + i, f.k(), "topic" + f.submissionTopics().get(i)[0]));
            Set<Integer> near = new TreeSet<>();
            for (int t : f.submissionTopics().get(i)) {
                near.addAll(byTopic.getOrDefault(t, List.of()));
            }
            near.addAll(bidders.getOrDefault(i, List.of()));
            if (near.size() < 3 * f.k()) {
                for (int j = 0; j < f.reviewers().size(); j++) {
                    near.add(j);
                }
            }
            List<Instance.Candidate> cs = new ArrayList<>();
            for (int j : near) {
                long key = AssignmentSolver.key(i, j);
                if (f.conflicts().contains(key)) {
                    continue;
                }
                Integer bid = f.bids().get(key);
                double bidScore = bid == null ? 0.33 : switch (bid) {
                    case 2 -> 1.0;
                    case 1 -> 0.66;
                    case 0 -> 0.33;
                    default -> 0.0;
                };
                double topic = overlap(f.submissionTopics().get(i), f.reviewerTopics().get(j));
                cs.add(new Instance.Candidate(j, Math.round((0.5 * bidScore + 0.5 * topic) * 1000) / 1000.0,
                        bid != null && bid < 0));
            }
            candidates.add(cs);
        }
        List<Instance.Reviewer> revs = new ArrayList<>();
        for (int j = 0; j < f.reviewers().size(); j++) {
            revs.add(new Instance.Reviewer("R" + j, f.reviewers().get(j)[0], f.reviewers().get(j)[1], -1));
        }
        return new Instance(subs, revs, candidates, List.of(), 0);
    }

    private static double overlap(int[] a, int[] b) {
        int shared = 0;
        for (int x : a) {
            for (int y : b) {
                if (x == y) {
                    shared++;
                }
            }
        }
        return shared / (double) Math.min(a.length, b.length);
    }

    /** The rules, checked on the result: candidates only, k each, loads within limits. */
    static String check(Instance in, Solution s) {
        int[] load = new int[in.reviewers().size()];
        int[] got = new int[in.size()];
        Set<Long> allowed = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            for (Instance.Candidate c : in.candidates().get(i)) {
                allowed.add(AssignmentSolver.key(i, c.reviewer()));
            }
        }
        for (int[] p : s.pairs()) {
            if (!allowed.contains(AssignmentSolver.key(p[0], p[1]))) {
                return "FAILED: a pair outside the candidates";
            }
            load[p[1]]++;
            got[p[0]]++;
        }
        for (int i = 0; i < in.size(); i++) {
            if (got[i] != in.submissions().get(i).k()) {
                return "FAILED: submission " + i + " has " + got[i];
            }
        }
        int maxLoad = 0;
        int minLoad = Integer.MAX_VALUE;
        for (int j = 0; j < load.length; j++) {
            if (load[j] > in.reviewers().get(j).maxLoad()) {
                return "FAILED: reviewer " + j + " over the maximum";
            }
            maxLoad = Math.max(maxLoad, load[j]);
            minLoad = Math.min(minLoad, load[j]);
        }
        return "k, loads and conflicts kept; loads from " + minLoad + " to " + maxLoad;
    }

    /** The same objective as an LP (one variable per pair and per load slot), solved by GLOP. */
    static Double lp(Instance in, long balance) {
        MPSolver solver = MPSolver.createSolver("GLOP");
        if (solver == null) {
            return null;
        }
        MPObjective obj = solver.objective();
        int r = in.reviewers().size();
        List<List<MPVariable>> perReviewer = new ArrayList<>();
        for (int j = 0; j < r; j++) {
            perReviewer.add(new ArrayList<>());
        }
        for (int i = 0; i < in.size(); i++) {
            MPConstraint k = solver.makeConstraint(in.submissions().get(i).k(), in.submissions().get(i).k());
            for (Instance.Candidate c : in.candidates().get(i)) {
                MPVariable x = solver.makeNumVar(0, 1, "");
                k.setCoefficient(x, 1);
                obj.setCoefficient(x, -Math.round(c.affinity() * AssignmentSolver.SCALE)
                        + (c.unwilling() ? AssignmentSolver.UNWILLING_PENALTY : 0));
                perReviewer.get(c.reviewer()).add(x);
            }
        }
        for (int j = 0; j < r; j++) {
            Instance.Reviewer rev = in.reviewers().get(j);
            MPConstraint balanceRow = solver.makeConstraint(0, 0);
            for (MPVariable x : perReviewer.get(j)) {
                balanceRow.setCoefficient(x, 1);
            }
            for (int l = 1; l <= rev.maxLoad(); l++) {
                MPVariable slot = solver.makeNumVar(0, 1, "");
                balanceRow.setCoefficient(slot, -1);
                obj.setCoefficient(slot, balance * (2L * l - 1) - (l <= rev.minLoad() ? AssignmentSolver.MIN_LOAD_BONUS : 0));
            }
        }
        obj.setMinimization();
        return solver.solve() == MPSolver.ResultStatus.OPTIMAL ? obj.value() : null;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    /**
     * Reads an instance (format in BENCHMARKS.md): lines "k N", "topics N", "submission ID T,T,...",
     * "reviewer ID MIN MAX T,T,...", "bid REVIEWER SUBMISSION -1..2", "conflict REVIEWER SUBMISSION";
     * "#" starts a comment. Ids are numbered from 0 in the order given.
     */
    static Facts read(Path file) throws IOException {
        int k = 3;
        int topics = 0;
        List<int[]> st = new ArrayList<>();
        List<int[]> rv = new ArrayList<>();
        List<int[]> rt = new ArrayList<>();
        Map<String, Integer> subIds = new HashMap<>();
        Map<String, Integer> revIds = new HashMap<>();
        Map<Long, Integer> bids = new HashMap<>();
        Set<Long> conflicts = new HashSet<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] w = l.split("\\s+");
            try {
                switch (w[0]) {
                    case "k" -> k = Integer.parseInt(w[1]);
                    case "topics" -> topics = Integer.parseInt(w[1]);
                    case "submission" -> {
                        subIds.put(w[1], st.size());
                        st.add(ints(w.length > 2 ? w[2] : ""));
                    }
                    case "reviewer" -> {
                        revIds.put(w[1], rv.size());
                        rv.add(new int[]{Integer.parseInt(w[2]), Integer.parseInt(w[3])});
                        rt.add(ints(w.length > 4 ? w[4] : ""));
                    }
                    case "bid" -> bids.put(AssignmentSolver.key(require(subIds, w[2], n), require(revIds, w[1], n)),
                            Integer.parseInt(w[3]));
                    case "conflict" -> conflicts.add(AssignmentSolver.key(require(subIds, w[2], n), require(revIds, w[1], n)));
                    default -> throw new IllegalArgumentException("line " + n + ": unknown \"" + w[0] + "\"");
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalArgumentException("line " + n + ": " + line, e);
            }
        }
        return new Facts(k, topics, st, rv, rt, bids, conflicts);
    }

    private static int require(Map<String, Integer> ids, String id, int line) {
        Integer i = ids.get(id);
        if (i == null) {
            throw new IllegalArgumentException("line " + line + ": \"" + id + "\" not declared before");
        }
        return i;
    }

    private static int[] ints(String csv) {
        return csv.isBlank() ? new int[0] : Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** Writes a generated instance in the file format, so other systems can run the same one. */
    static void write(Facts f, Path file) throws IOException {
        StringBuilder b = new StringBuilder("# samling assignment instance\nk " + f.k() + "\ntopics " + f.topics() + "\n");
        for (int i = 0; i < f.submissionTopics().size(); i++) {
            b.append("submission S").append(i).append(' ').append(join(f.submissionTopics().get(i))).append('\n');
        }
        for (int j = 0; j < f.reviewers().size(); j++) {
            b.append("reviewer R").append(j).append(' ').append(f.reviewers().get(j)[0]).append(' ')
                    .append(f.reviewers().get(j)[1]).append(' ').append(join(f.reviewerTopics().get(j))).append('\n');
        }
        f.bids().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.append("bid R")
                .append((int) (long) e.getKey()).append(" S").append(e.getKey() >>> 32).append(' ').append(e.getValue())
                .append('\n'));
        f.conflicts().stream().sorted().forEach(c -> b.append("conflict R").append((int) (long) c).append(" S")
                .append(c >>> 32).append('\n'));
        Files.writeString(file, b, StandardCharsets.UTF_8);
    }

    private static String join(int[] a) {
        return String.join(",", Arrays.stream(a).mapToObj(Integer::toString).toList());
    }
}
