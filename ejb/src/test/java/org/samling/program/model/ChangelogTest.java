package org.samling.program.model;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.samling.program.model.SmallProgram.talk;

class ChangelogTest {

    @Test
    void theFirstReleaseAddsEverythingIncludingBreaks() {
        SmallProgram p = new SmallProgram();
        p.block("10:45", "11:00", BlockKind.BREAK);
        long block = p.block("11:00", "12:30", BlockKind.PARALLEL);
        p.session(block, p.room("Sal A", null), "Workshop 1", null, talk(1, "Lærkevej", 90, "Mette Landbo"));

        List<Change> changes = Changelog.between(null, p.build());

        assertEquals(List.of(ChangeKind.ADDED, ChangeKind.ADDED), changes.stream().map(Change::kind).toList());
        assertEquals("2026-12-26 11:00\u201312:30, Sal A", changes.get(1).to());
        assertEquals(1L, changes.get(1).submissionId());
    }

    @Test
    void betweenTwoReleasesItSaysWhatMovedWasAddedCancelledConfirmedAndRetitled() {
        SmallProgram before = new SmallProgram();
        long b1 = before.block("11:00", "12:30", BlockKind.PARALLEL);
        long roomA = before.room("Sal A", null);
        long roomB = before.room("Sal B", null);
        before.session(b1, roomA, "Papers", null, talk(1, "Stays", 20), talk(2, "Goes later", 20), talk(3, "Cancelled", 20));
        ProgramSnapshot first = before.build();

        // The second release: talk 3 out, talk 1 now second (so later), a new talk, talk 2 in room B and retitled.
        ProgramSnapshot.SessionView papers = first.sessions().get(0);
        ProgramSnapshot.ItemView one = papers.items().get(0);
        ProgramSnapshot.ItemView two = papers.items().get(1);
        ProgramSnapshot.ItemView four = new ProgramSnapshot.ItemView(40, 4L, "New", List.of("X"), null, 20, false);
        ProgramSnapshot.ItemView twoRetitled = new ProgramSnapshot.ItemView(two.id(), 2L, "Goes later, new title", two.speakers(),
                null, 20, false);
        ProgramSnapshot.ItemView oneTentative = new ProgramSnapshot.ItemView(one.id(), 1L, "Stays", List.of(), null, 20, true);
        ProgramSnapshot second = new ProgramSnapshot(first.blocks(), first.rooms(), List.of(
                new ProgramSnapshot.SessionView(papers.id(), b1, roomA, "Papers", null, null, false, List.of(oneTentative, four)),
                new ProgramSnapshot.SessionView(999, b1, roomB, "Other", null, null, false, List.of(twoRetitled))), List.of());

        Map<Long, Change> bySubmission = Changelog.between(first, second).stream()
                .collect(Collectors.toMap(Change::submissionId, Function.identity()));

        assertEquals(ChangeKind.TENTATIVE, bySubmission.get(1L).kind());
        assertEquals(ChangeKind.MOVED, bySubmission.get(2L).kind());
        assertEquals("2026-12-26 11:20\u201311:40, Sal A", bySubmission.get(2L).from());
        assertEquals("2026-12-26 11:00\u201311:20, Sal B", bySubmission.get(2L).to());
        assertEquals(ChangeKind.CANCELLED, bySubmission.get(3L).kind());
        assertEquals(ChangeKind.ADDED, bySubmission.get(4L).kind());
        assertEquals("2026-12-26 11:20\u201311:40, Sal A", bySubmission.get(4L).to());
        assertEquals(4, bySubmission.size());

        // Nothing changed: nothing to say.
        assertEquals(List.of(), Changelog.between(second, second));
    }

    @Test
    void aRetitledItemInTheSamePlaceIsRetitled() {
        SmallProgram p = new SmallProgram();
        long b = p.block("09:00", "09:15", BlockKind.PLENARY);
        p.session(b, null, "Welcome", null, new ProgramSnapshot.ItemView(7, null, "Velkomst", List.of(), null, 15, false));
        ProgramSnapshot first = p.build();
        ProgramSnapshot.SessionView s = first.sessions().get(0);
        ProgramSnapshot second = new ProgramSnapshot(first.blocks(), first.rooms(), List.of(new ProgramSnapshot.SessionView(
                s.id(), b, null, "Welcome", null, null, false,
                List.of(new ProgramSnapshot.ItemView(7, null, "Velkommen", List.of(), null, 15, false)))), List.of());

        List<Change> changes = Changelog.between(first, second);

        assertEquals(1, changes.size());
        assertEquals(new Change(ChangeKind.RETITLED, null, "Velkommen", "Velkomst", "Velkommen"), changes.get(0));
    }

    @Test
    void anOccurrenceAddedMovedOrRemovedIsInTheChangelog() {
        SmallProgram p = new SmallProgram();
        p.block("10:45", "11:00", BlockKind.BREAK);
        ProgramSnapshot base = p.build();
        var malmo = new ProgramSnapshot.OccurrenceView(5, "Malmö", LocalDate.of(2027, 1, 2));
        ProgramSnapshot held = new ProgramSnapshot(base.blocks(), base.rooms(), base.sessions(), List.of(malmo));
        ProgramSnapshot later = new ProgramSnapshot(base.blocks(), base.rooms(), base.sessions(),
                List.of(new ProgramSnapshot.OccurrenceView(5, "Malmö", LocalDate.of(2027, 1, 9))));

        assertEquals(List.of(new Change(ChangeKind.HELD_AGAIN, null, "Malmö", null, "2027-01-02")),
                Changelog.between(base, held));
        assertEquals(List.of(new Change(ChangeKind.MOVED, null, "Malmö", "Malmö, 2027-01-02", "Malmö, 2027-01-09")),
                Changelog.between(held, later));
        assertEquals(List.of(new Change(ChangeKind.NO_LONGER_HELD, null, "Malmö", "2027-01-09", null)),
                Changelog.between(later, base));
        assertEquals(List.of(), Changelog.between(held, held));
    }
}
