package org.samling.program.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The programme as one value: the draft the editor checks, and what a release keeps (as JSON) for
 * the public pages, PDFs, calendar and JSON. Blocks in time order, sessions by block then room,
 * items in their order. Titles and presenters of submissions are copied in, so that the changelog
 * between two releases and the clash rules need nothing else.
 */
public record ProgramSnapshot(List<BlockView> blocks, List<RoomView> rooms, List<SessionView> sessions,
        List<OccurrenceView> occurrences) {

    public static final ProgramSnapshot EMPTY = new ProgramSnapshot(List.of(), List.of(), List.of(), List.of());

    public static final Comparator<BlockView> IN_TIME = Comparator.comparing(BlockView::day)
            .thenComparing(BlockView::starts).thenComparing(BlockView::ends).thenComparing(BlockView::id);

    public record BlockView(long id, LocalDate day, LocalTime starts, LocalTime ends, BlockKind kind, String title) {

        public int minutes() {
            return (int) Duration.between(starts, ends).toMinutes();
        }

        /** "11:00–12:30", as every programme shows a block's time. */
        public String times() {
            return starts + "\u2013" + ends;
        }

        /** Same day and the times overlap (touching ends do not). */
        public boolean overlaps(BlockView o) {
            return day.equals(o.day) && starts.isBefore(o.ends) && o.starts.isBefore(ends);
        }
    }

    public record RoomView(long id, String name, Integer capacity, String link) {

        public boolean virtual() {
            return link != null && !link.isBlank();
        }
    }

    public record SessionView(long id, long blockId, Long roomId, String title, Long trackId, String chair,
            boolean tentative, List<ItemView> items) {

        public int minutes() {
            return items.stream().mapToInt(ItemView::minutes).sum();
        }
    }

    /** An accepted submission (submissionId set, speakers its presenters) or a plenary item. */
    public record ItemView(long id, Long submissionId, String title, List<String> speakers, Long trackId, int minutes,
            boolean tentative) {
    }

    public record OccurrenceView(long id, String venue, LocalDate firstDay) {
    }

    public Optional<BlockView> block(long id) {
        return blocks.stream().filter(b -> b.id() == id).findFirst();
    }

    public Optional<RoomView> room(Long id) {
        return id == null ? Optional.empty() : rooms.stream().filter(r -> r.id() == id).findFirst();
    }

    public List<SessionView> sessionsOf(long blockId) {
        return sessions.stream().filter(s -> s.blockId() == blockId).toList();
    }

    /** When an item starts: its block's start plus the lengths of the items before it. */
    public LocalTime startOf(SessionView session, ItemView item) {
        LocalTime t = block(session.blockId()).orElseThrow().starts();
        for (ItemView i : session.items()) {
            if (i.id() == item.id()) {
                return t;
            }
            t = t.plusMinutes(i.minutes());
        }
        throw new IllegalArgumentException("item " + item.id() + " not in session " + session.id());
    }

    /** Tentative if the item or its whole session is. */
    public static boolean tentative(SessionView session, ItemView item) {
        return session.tentative() || item.tentative();
    }

    public List<ItemView> items() {
        return sessions.stream().flatMap(s -> s.items().stream()).toList();
    }

    public Optional<SessionView> sessionOfItem(long itemId) {
        return sessions.stream().filter(s -> s.items().stream().anyMatch(i -> i.id() == itemId)).findFirst();
    }

    public List<LocalDate> days() {
        return blocks.stream().map(BlockView::day).distinct().sorted().toList();
    }
}
