package org.samling.program.solver;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgramProposerTest {

    private static ProgramProposer.Talk talk(long id, long track, int minutes, String... people) {
        return new ProgramProposer.Talk(id, track, minutes, Set.of(people), Map.of());
    }

    @Test
    void nobodyPresentsInTwoParallelSlotsAndSlotsKeepToOneTrack() {
        List<ProgramProposer.Slot> slots = List.of(new ProgramProposer.Slot(1, 10L, 60, 0),
                new ProgramProposer.Slot(1, 11L, 60, 0),
                new ProgramProposer.Slot(2, 10L, 60, 1), new ProgramProposer.Slot(2, 11L, 60, 1));
        List<ProgramProposer.Talk> talks = List.of(talk(1, 100, 20, "anna"), talk(2, 100, 20, "anna"), talk(3, 100, 20, "bo"),
                talk(4, 200, 20, "cai"), talk(5, 200, 20, "dag"), talk(6, 200, 20, "eli"));

        ProgramProposer.Result r = ProgramProposer.propose(new ProgramProposer.Input(slots, talks, Map.of(), 10));

        assertTrue(r.unplaced().isEmpty(), r.toString());
        assertTrue(r.optimal());
        assertNotEquals(slots.get(r.slotOf().get(1L)).overlapGroup(), slots.get(r.slotOf().get(2L)).overlapGroup(),
                "Anna's two talks are not at the same time");
        Map<Integer, Set<Long>> tracksPerSlot = new HashMap<>();
        r.slotOf().forEach((id, k) -> tracksPerSlot.computeIfAbsent(k, x -> new HashSet<>())
                .add(talks.stream().filter(t -> t.submissionId() == id).findFirst().orElseThrow().trackId()));
        assertTrue(tracksPerSlot.values().stream().allMatch(s -> s.size() == 1), "one track per slot: " + tracksPerSlot);
    }

    @Test
    void aSlotsMinutesAndPeopleAlreadyPresentingThereAreRespected() {
        List<ProgramProposer.Slot> slots = List.of(new ProgramProposer.Slot(1, 10L, 90, 0));
        List<ProgramProposer.Talk> talks = List.of(talk(1, 1, 45, "a"), talk(2, 1, 45, "b"), talk(3, 1, 45, "c"),
                talk(4, 1, 20, "busy"));

        ProgramProposer.Result r = ProgramProposer
                .propose(new ProgramProposer.Input(slots, talks, Map.of(0, Set.of("busy")), 10));

        assertEquals(2, r.slotOf().size(), r.toString());
        assertEquals(2, r.unplaced().size());
        assertTrue(r.unplaced().contains(4L), "busy in that block already");
    }

    @Test
    void similarTalksOfATrackShareASlot() {
        List<ProgramProposer.Slot> slots = List.of(new ProgramProposer.Slot(1, 10L, 40, 0),
                new ProgramProposer.Slot(1, 11L, 40, 0));
        List<ProgramProposer.Talk> talks = List.of(
                new ProgramProposer.Talk(1, 1L, 20, Set.of("a"), Map.of(3L, 0.9)),
                new ProgramProposer.Talk(2, 1L, 20, Set.of("b"), Map.of(4L, 0.8)),
                new ProgramProposer.Talk(3, 1L, 20, Set.of("c"), Map.of(1L, 0.9)),
                new ProgramProposer.Talk(4, 1L, 20, Set.of("d"), Map.of(2L, 0.8)));

        ProgramProposer.Result r = ProgramProposer.propose(new ProgramProposer.Input(slots, talks, Map.of(), 10));

        assertEquals(r.slotOf().get(1L), r.slotOf().get(3L));
        assertEquals(r.slotOf().get(2L), r.slotOf().get(4L));
    }

    @Test
    void placesAsManyMinutesAsABruteForceOnSmallCases() {
        Random random = new Random(42);
        for (int round = 0; round < 25; round++) {
            List<ProgramProposer.Slot> slots = List.of(new ProgramProposer.Slot(1, 1L, 30 + random.nextInt(40), 0),
                    new ProgramProposer.Slot(1, 2L, 30 + random.nextInt(40), 0),
                    new ProgramProposer.Slot(2, 1L, 30 + random.nextInt(40), 1));
            List<ProgramProposer.Talk> talks = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                talks.add(talk(t + 1, random.nextInt(2), 10 + 5 * random.nextInt(6), "p" + random.nextInt(4)));
            }
            ProgramProposer.Result r = ProgramProposer.propose(new ProgramProposer.Input(slots, talks, Map.of(), 10));
            int solver = r.slotOf().keySet().stream().mapToInt(id -> talks.get((int) (id - 1)).minutes()).sum();
            assertEquals(bruteForce(slots, talks, new int[talks.size()], 0), solver, "round " + round + ": " + r);
        }
    }

    /** The most minutes placeable: every talk in no slot (-1 shifted to 0) or one of the slots, checked. */
    private static int bruteForce(List<ProgramProposer.Slot> slots, List<ProgramProposer.Talk> talks, int[] choice, int i) {
        if (i == talks.size()) {
            int[] used = new int[slots.size()];
            Map<String, Set<Integer>> groups = new HashMap<>();
            int placed = 0;
            for (int t = 0; t < talks.size(); t++) {
                if (choice[t] == 0) {
                    continue;
                }
                int k = choice[t] - 1;
                used[k] += talks.get(t).minutes();
                if (used[k] > slots.get(k).minutes()) {
                    return -1;
                }
                for (String p : talks.get(t).people()) {
                    if (!groups.computeIfAbsent(p, x -> new HashSet<>()).add(slots.get(k).overlapGroup())) {
                        return -1;
                    }
                }
                placed += talks.get(t).minutes();
            }
            return placed;
        }
        int best = -1;
        for (int c = 0; c <= slots.size(); c++) {
            choice[i] = c;
            best = Math.max(best, bruteForce(slots, talks, choice, i + 1));
        }
        return best;
    }
}
