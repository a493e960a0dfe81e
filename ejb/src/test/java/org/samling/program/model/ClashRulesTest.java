package org.samling.program.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.samling.program.model.SmallProgram.talk;

class ClashRulesTest {

    @Test
    void aPersonPresentingInTwoParallelSessionsClashesAndNotInConsecutiveOnes() {
        SmallProgram p = new SmallProgram();
        long block1 = p.block("11:00", "12:30", BlockKind.PARALLEL);
        long block2 = p.block("12:30", "14:00", BlockKind.PARALLEL);
        long a = p.room("Sal A", 40);
        long b = p.room("Sal B", 30);
        long s1 = p.session(block1, a, "Workshop 1", null, talk(1, "Jobcenter Lærkevej", 45, "Mette Landbo"));
        long s2 = p.session(block1, b, "Workshop 2", null, talk(2, "Handicap", 45, "mette  LANDBO"));
        p.session(block2, a, "Workshop 3", null, talk(3, "Efterværn", 45, "Mette Landbo"));

        List<Clash> clashes = ClashRules.check(p.build(), Map.of());

        assertEquals(1, clashes.size(), clashes.toString());
        Clash c = clashes.get(0);
        assertEquals(ClashKind.PERSON_TWICE, c.kind());
        assertEquals(List.of(s1, s2), c.sessionIds());
        assertEquals(List.of("Mette Landbo", "Workshop 1", "Workshop 2"), c.args());
    }

    @Test
    void aChairPresentingInAParallelSessionClashes() {
        SmallProgram p = new SmallProgram();
        long block = p.block("11:00", "12:30", BlockKind.PARALLEL);
        p.session(block, p.room("Sal A", null), "Børn og unge", "Kjeld Høgsbro", talk(1, "Skolen", 20, "Søren Højgaard"));
        p.session(block, p.room("Sal B", null), "Handicap", null, talk(2, "Perspektiver", 20, "Kjeld Høgsbro"));

        List<Clash> clashes = ClashRules.check(p.build(), Map.of());

        assertEquals(List.of(ClashKind.CHAIR_PRESENTS), clashes.stream().map(Clash::kind).toList());
        assertEquals(List.of("Kjeld Høgsbro", "Børn og unge", "Handicap"), clashes.get(0).args());
    }

    @Test
    void aChairPresentingInTheirOwnSessionIsFine() {
        SmallProgram p = new SmallProgram();
        long block = p.block("11:00", "12:30", BlockKind.PARALLEL);
        p.session(block, p.room("Sal A", null), "Børn og unge", "Søren Højgaard", talk(1, "Skolen", 20, "Søren Højgaard"));

        assertTrue(ClashRules.check(p.build(), Map.of()).isEmpty());
    }

    @Test
    void aRoomUsedTwiceInOverlappingBlocksClashes() {
        SmallProgram p = new SmallProgram();
        long morning = p.block("09:00", "10:30", BlockKind.PARALLEL);
        long overlapping = p.block("10:00", "11:00", BlockKind.PARALLEL);
        long later = p.block("10:30", "12:00", BlockKind.PARALLEL);
        long room = p.room("Lokale 3", 20);
        p.session(morning, room, "Early", null);
        p.session(overlapping, room, "Overlapping", null);
        p.session(later, room, "Touching", null);

        List<Clash> clashes = ClashRules.check(p.build(), Map.of());

        assertEquals(2, clashes.size(), clashes.toString());
        assertTrue(clashes.stream().allMatch(c -> c.kind() == ClashKind.ROOM_TWICE));
        assertEquals(List.of("Lokale 3", "Early", "Overlapping"), clashes.get(0).args());
        assertEquals(List.of("Lokale 3", "Overlapping", "Touching"), clashes.get(1).args());
    }

    @Test
    void talksLongerThanTheirBlockOverrun() {
        SmallProgram p = new SmallProgram();
        long block = p.block("11:00", "12:30", BlockKind.PARALLEL);
        p.session(block, null, "Papers", null, talk(1, "A", 45), talk(2, "B", 30), talk(3, "C", 20));
        p.session(block, null, "Exactly", null, talk(4, "D", 90));

        List<Clash> clashes = ClashRules.check(p.build(), Map.of());

        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals(ClashKind.OVERRUN, clashes.get(0).kind());
        assertEquals(List.of("Papers", "5", "95", "90"), clashes.get(0).args());
    }

    @Test
    void aRoomSmallerThanTheExpectedAudienceClashesOnlyWhenAFigureIsKnown() {
        SmallProgram p = new SmallProgram();
        long block = p.block("11:00", "12:30", BlockKind.PARALLEL);
        long small = p.session(block, p.room("Lille sal", 12), "Popular", null);
        long fits = p.session(block, p.room("Store sal", 200), "Fits", null);
        p.session(block, p.room("Unknown", 5), "No figure", null);

        List<Clash> clashes = ClashRules.check(p.build(), Map.of(small, 30, fits, 200));

        assertEquals(1, clashes.size(), clashes.toString());
        assertEquals(ClashKind.ROOM_TOO_SMALL, clashes.get(0).kind());
        assertEquals(List.of("Lille sal", "12", "30", "Popular"), clashes.get(0).args());
    }
}
