package org.samling.program.solver;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import org.samling.assignment.solver.AssignmentSolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes where the accepted submissions not yet placed could go: each into at most one free
 * slot (a parallel block in a room), the talks of a slot within its minutes, nobody presenting in
 * two slots of overlapping blocks nor in a block where they already present (hard rules: no
 * clash is ever proposed). Among those, it places as many minutes of talks as it can (strictly
 * first), then keeps a slot to one track, then puts the most similar talks together. CP-SAT with a time limit: the
 * best found in that time (optimal for a conference's usual sizes, and it says so).
 *
 * <p>Why CP-SAT and not Timefold: OR-Tools is already a server module here (the reviewer
 * assignment), the rules are few and hard, and an exact model says whether its answer is optimal;
 * Timefold would add a second solver and its own dependencies for a problem this size.
 */
public final class ProgramProposer {

    static final long SAME_TRACK = 100;
    static final long SIMILAR = 10;

    private ProgramProposer() {
    }

    /** A free place: a parallel block (with its group of overlapping blocks) in a room. */
    public record Slot(long blockId, Long roomId, int minutes, int overlapGroup) {
    }

    /** A talk to place, its presenters (matching keys) and its most similar talks (0..1). */
    public record Talk(long submissionId, Long trackId, int minutes, Set<String> people, Map<Long, Double> similar) {
    }

    /** People already presenting in each overlap group: they cannot be placed there again. */
    public record Input(List<Slot> slots, List<Talk> talks, Map<Integer, Set<String>> busy, double timeLimitSeconds) {
    }

    /** Slot index per submission placed; the ones left out; whether the solver proved it optimal. */
    public record Result(Map<Long, Integer> slotOf, List<Long> unplaced, boolean optimal, long millis) {
    }

    public static Result propose(Input in) {
        long start = System.nanoTime();
        List<Slot> slots = in.slots();
        List<Talk> talks = in.talks();
        if (slots.isEmpty() || talks.isEmpty()) {
            return new Result(Map.of(), talks.stream().map(Talk::submissionId).toList(), true, 0);
        }
        AssignmentSolver.load();
        CpModel model = new CpModel();
        int n = talks.size();
        int m = slots.size();
        BoolVar[][] x = new BoolVar[n][m];
        LinearExprBuilder objective = LinearExpr.newBuilder();
        for (int t = 0; t < n; t++) {
            Talk talk = talks.get(t);
            List<Literal> row = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                Slot s = slots.get(k);
                Set<String> busy = in.busy().getOrDefault(s.overlapGroup(), Set.of());
                if (talk.minutes() <= s.minutes() && talk.people().stream().noneMatch(busy::contains)) {
                    x[t][k] = model.newBoolVar("x" + t + "_" + k);
                    row.add(x[t][k]);
                }
            }
            if (!row.isEmpty()) {
                model.addAtMostOne(row);
            }
        }
        // Minutes per slot.
        for (int k = 0; k < m; k++) {
            LinearExprBuilder used = LinearExpr.newBuilder();
            boolean any = false;
            for (int t = 0; t < n; t++) {
                if (x[t][k] != null) {
                    used.addTerm(x[t][k], talks.get(t).minutes());
                    any = true;
                }
            }
            if (any) {
                model.addLessOrEqual(used, slots.get(k).minutes());
            }
        }
        // Nobody in two slots of one overlap group.
        Map<String, Map<Integer, List<Literal>>> byPerson = new HashMap<>();
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < m; k++) {
                if (x[t][k] != null) {
                    for (String p : talks.get(t).people()) {
                        byPerson.computeIfAbsent(p, q -> new HashMap<>())
                                .computeIfAbsent(slots.get(k).overlapGroup(), g -> new ArrayList<>()).add(x[t][k]);
                    }
                }
            }
        }
        byPerson.values().forEach(groups -> groups.values().forEach(vars -> {
            if (vars.size() > 1) {
                model.addAtMostOne(vars);
            }
        }));
        // One track per slot, rewarded per talk of that track.
        List<Long> tracks = talks.stream().map(Talk::trackId).distinct().toList();
        for (int k = 0; k < m; k++) {
            Map<Long, BoolVar> trackOf = new LinkedHashMap<>();
            for (Long tr : tracks) {
                trackOf.put(tr, model.newBoolVar("y" + k + "_" + tr));
            }
            model.addAtMostOne(new ArrayList<Literal>(trackOf.values()));
            for (int t = 0; t < n; t++) {
                if (x[t][k] != null) {
                    BoolVar w = model.newBoolVar("w" + t + "_" + k);
                    model.addImplication(w, x[t][k]);
                    model.addImplication(w, trackOf.get(talks.get(t).trackId()));
                    objective.addTerm(w, SAME_TRACK);
                }
            }
        }
        // Similar talks together: each talk's most similar others, scaled to 0..10 points.
        long similarityTotal = 0;
        Map<Long, Integer> index = new HashMap<>();
        for (int t = 0; t < n; t++) {
            index.put(talks.get(t).submissionId(), t);
        }
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Long, Double> e : talks.get(a).similar().entrySet()) {
                Integer b = index.get(e.getKey());
                long points = Math.round(e.getValue() * SIMILAR);
                if (b == null || b <= a || points <= 0) {
                    continue;
                }
                for (int k = 0; k < m; k++) {
                    if (x[a][k] != null && x[b][k] != null) {
                        BoolVar both = model.newBoolVar("p" + a + "_" + b + "_" + k);
                        model.addImplication(both, x[a][k]);
                        model.addImplication(both, x[b][k]);
                        objective.addTerm(both, points);
                        similarityTotal += points;
                    }
                }
            }
        }
        // Minutes placed first, whatever the rest: one minute outweighs every track and similarity point together.
        long minuteWeight = n * SAME_TRACK + similarityTotal + 1;
        for (int t = 0; t < n; t++) {
            for (int k = 0; k < m; k++) {
                if (x[t][k] != null) {
                    objective.addTerm(x[t][k], minuteWeight * talks.get(t).minutes());
                }
            }
        }
        model.maximize(objective);
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(in.timeLimitSeconds());
        solver.getParameters().setNumWorkers(2);
        solver.getParameters().setRandomSeed(7);
        CpSolverStatus status = solver.solve(model);
        Map<Long, Integer> slotOf = new LinkedHashMap<>();
        List<Long> unplaced = new ArrayList<>();
        boolean solved = status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE;
        for (int t = 0; t < n; t++) {
            Integer chosen = null;
            for (int k = 0; k < m && solved; k++) {
                if (x[t][k] != null && solver.booleanValue(x[t][k])) {
                    chosen = k;
                }
            }
            if (chosen == null) {
                unplaced.add(talks.get(t).submissionId());
            } else {
                slotOf.put(talks.get(t).submissionId(), chosen);
            }
        }
        return new Result(slotOf, unplaced, status == CpSolverStatus.OPTIMAL, (System.nanoTime() - start) / 1_000_000);
    }
}
