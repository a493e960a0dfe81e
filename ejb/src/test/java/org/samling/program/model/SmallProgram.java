package org.samling.program.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builds small programmes for the plain tests: one day, blocks by time, sessions and items by name. */
final class SmallProgram {

    static final LocalDate DAY = LocalDate.of(2026, 12, 26);
    private final List<ProgramSnapshot.BlockView> blocks = new ArrayList<>();
    private final List<ProgramSnapshot.RoomView> rooms = new ArrayList<>();
    private final List<ProgramSnapshot.SessionView> sessions = new ArrayList<>();
    private long ids = 100;

    long block(String from, String to, BlockKind kind) {
        long id = ++ids;
        blocks.add(new ProgramSnapshot.BlockView(id, DAY, LocalTime.parse(from), LocalTime.parse(to), kind, "Block " + id));
        return id;
    }

    long room(String name, Integer capacity) {
        long id = ++ids;
        rooms.add(new ProgramSnapshot.RoomView(id, name, capacity, null));
        return id;
    }

    long session(long block, Long room, String title, String chair, ProgramSnapshot.ItemView... items) {
        long id = ++ids;
        sessions.add(new ProgramSnapshot.SessionView(id, block, room, title, null, chair, false, List.of(items)));
        return id;
    }

    static ProgramSnapshot.ItemView talk(long submissionId, String title, int minutes, String... speakers) {
        return new ProgramSnapshot.ItemView(submissionId * 10, submissionId, title, List.of(speakers), null, minutes, false);
    }

    ProgramSnapshot build() {
        return new ProgramSnapshot(List.copyOf(blocks), List.copyOf(rooms), List.copyOf(sessions), List.of());
    }
}
