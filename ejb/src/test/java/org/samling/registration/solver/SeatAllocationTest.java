package org.samling.registration.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeatAllocationTest {

    @Test
    void aFullFirstChoiceSendsTheOthersToTheirSecond() {
        Map<Long, Integer> seats = new LinkedHashMap<>();
        seats.put(10L, 2);
        seats.put(11L, 5);
        seats.put(12L, null);
        List<SeatAllocation.Person> people = List.of(new SeatAllocation.Person(1, List.of(10L, 11L)),
                new SeatAllocation.Person(2, List.of(10L, 12L)), new SeatAllocation.Person(3, List.of(10L, 11L, 12L)),
                new SeatAllocation.Person(4, List.of(11L)));

        SeatAllocation.Result r = SeatAllocation.allocate(new SeatAllocation.Input(people, seats));

        assertEquals(3, r.firstChoices(), r.toString());
        assertEquals(4, r.sessionOf().size(), "everybody seated");
        assertEquals(2, r.sessionOf().values().stream().filter(s -> s == 10L).count(), "never more than the seats");
    }

    @Test
    void matchesABruteForceOnSmallCases() {
        Random random = new Random(8);
        for (int round = 0; round < 40; round++) {
            Map<Long, Integer> seats = new LinkedHashMap<>();
            for (long s = 1; s <= 3; s++) {
                seats.put(s, random.nextInt(3));
            }
            List<SeatAllocation.Person> people = new ArrayList<>();
            for (int p = 0; p < 6; p++) {
                List<Long> all = new ArrayList<>(List.of(1L, 2L, 3L));
                Collections.shuffle(all, random);
                people.add(new SeatAllocation.Person(p, all.subList(0, 1 + random.nextInt(3))));
            }
            SeatAllocation.Result r = SeatAllocation.allocate(new SeatAllocation.Input(people, seats));
            Map<Long, Integer> used = new HashMap<>();
            r.sessionOf().values().forEach(s -> used.merge(s, 1, Integer::sum));
            int now = round;
            used.forEach((s, c) -> assertTrue(c <= seats.get(s), "round " + now + ": over the seats"));
            int[] best = best(people, seats, new int[people.size()], 0);
            assertEquals(best[0], r.firstChoices(), "round " + round + ": first choices");
            assertEquals(best[1], r.sessionOf().size(),
                    "round " + round + ": seated, among allocations with the most first choices");
        }
    }

    /** {most first choices, then most seated}, over every way to give each person one of their ranked sessions or none. */
    private static int[] best(List<SeatAllocation.Person> people, Map<Long, Integer> seats, int[] choice, int i) {
        if (i == people.size()) {
            Map<Long, Integer> used = new HashMap<>();
            int first = 0;
            int seated = 0;
            for (int p = 0; p < people.size(); p++) {
                if (choice[p] == 0) {
                    continue;
                }
                Long s = people.get(p).ranked().get(choice[p] - 1);
                if (used.merge(s, 1, Integer::sum) > seats.get(s)) {
                    return new int[]{-1, -1};
                }
                seated++;
                if (choice[p] == 1) {
                    first++;
                }
            }
            return new int[]{first, seated};
        }
        int[] best = {-1, -1};
        for (int c = 0; c <= people.get(i).ranked().size(); c++) {
            choice[i] = c;
            int[] r = best(people, seats, choice, i + 1);
            if (r[0] > best[0] || (r[0] == best[0] && r[1] > best[1])) {
                best = r;
            }
        }
        return best;
    }
}
