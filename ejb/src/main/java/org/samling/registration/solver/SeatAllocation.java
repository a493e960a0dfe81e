package org.samling.registration.solver;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import org.samling.assignment.solver.AssignmentSolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates the seats of one block's parallel sessions after registration closes, exactly, as a
 * min-cost flow (OR-Tools): each participant gets at most one of the sessions they ranked, no
 * session more than its seats. The costs make it lexicographic: first as many first choices as
 * possible, then as few participants without a seat as possible, then second choices before third.
 */
public final class SeatAllocation {

    private SeatAllocation() {
    }

    /** A participant's ranked sessions, first choice first. */
    public record Person(long registrationId, List<Long> ranked) {
    }

    /** The block's sessions and their seats (null: no limit). */
    public record Input(List<Person> people, Map<Long, Integer> seats) {
    }

    /** Session per registration that got a seat; the others get none. */
    public record Result(Map<Long, Long> sessionOf, int firstChoices) {
    }

    public static Result allocate(Input in) {
        int n = in.people().size();
        if (n == 0) {
            return new Result(Map.of(), 0);
        }
        AssignmentSolver.load();
        long m = 3L * n + 3;
        long[] rankCost = {0, m, m + 1};
        long noSeat = m + 2;
        List<Long> sessions = new ArrayList<>(in.seats().keySet());
        int source = 0;
        int sink = 1 + n + sessions.size();
        MinCostFlow flow = new MinCostFlow();
        List<int[]> arcs = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + p, 1, 0);
            Person person = in.people().get(p);
            for (int r = 0; r < Math.min(3, person.ranked().size()); r++) {
                int s = sessions.indexOf(person.ranked().get(r));
                if (s >= 0) {
                    arcs.add(new int[]{p, s, flow.addArcWithCapacityAndUnitCost(1 + p, 1 + n + s, 1, rankCost[r])});
                }
            }
            flow.addArcWithCapacityAndUnitCost(1 + p, sink, 1, noSeat);
        }
        for (int s = 0; s < sessions.size(); s++) {
            Integer seats = in.seats().get(sessions.get(s));
            flow.addArcWithCapacityAndUnitCost(1 + n + s, sink, seats == null ? n : Math.max(0, seats), 0);
        }
        flow.setNodeSupply(source, n);
        flow.setNodeSupply(sink, -n);
        if (flow.solve() != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("allocation not solved");
        }
        Map<Long, Long> sessionOf = new LinkedHashMap<>();
        int first = 0;
        for (int[] a : arcs) {
            if (flow.getFlow(a[2]) > 0) {
                Person person = in.people().get(a[0]);
                Long session = sessions.get(a[1]);
                sessionOf.put(person.registrationId(), session);
                if (person.ranked().get(0).equals(session)) {
                    first++;
                }
            }
        }
        return new Result(sessionOf, first);
    }
}
