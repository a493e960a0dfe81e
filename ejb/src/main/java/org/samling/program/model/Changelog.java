package org.samling.program.model;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changes from one release to the next: items added, moved (another day, time or room),
 * cancelled, confirmed or made tentative, retitled; breaks and meals too. An accepted submission
 * is the same item wherever it is placed; a plenary item is the same while it keeps its id.
 */
public final class Changelog {

    private Changelog() {
    }

    /** @param before the last release, or null before the first one (then everything is added) */
    public static List<Change> between(ProgramSnapshot before, ProgramSnapshot after) {
        Map<String, Entry> old = before == null ? Map.of() : entries(before);
        Map<String, Entry> now = entries(after);
        List<Change> changes = new ArrayList<>();
        now.forEach((key, e) -> {
            Entry o = old.get(key);
            if (o == null) {
                changes.add(new Change(ChangeKind.ADDED, e.submissionId, e.title, null, e.place));
            } else if (!o.place.equals(e.place)) {
                changes.add(new Change(ChangeKind.MOVED, e.submissionId, e.title, o.place, e.place));
            } else if (o.tentative != e.tentative) {
                changes.add(new Change(e.tentative ? ChangeKind.TENTATIVE : ChangeKind.CONFIRMED, e.submissionId, e.title,
                        o.place, e.place));
            } else if (!Objects.equals(o.title, e.title)) {
                changes.add(new Change(ChangeKind.RETITLED, e.submissionId, e.title, o.title, e.title));
            }
        });
        old.forEach((key, o) -> {
            if (!now.containsKey(key)) {
                changes.add(new Change(ChangeKind.CANCELLED, o.submissionId, o.title, o.place, null));
            }
        });
        occurrences(before == null ? List.of() : before.occurrences(), after.occurrences(), changes);
        return changes;
    }

    /** The programme held again elsewhere, no longer, or at another venue or first day: participants plan by it. */
    private static void occurrences(List<ProgramSnapshot.OccurrenceView> before, List<ProgramSnapshot.OccurrenceView> after,
            List<Change> changes) {
        Map<Long, ProgramSnapshot.OccurrenceView> was = new LinkedHashMap<>();
        before.forEach(o -> was.put(o.id(), o));
        for (ProgramSnapshot.OccurrenceView o : after) {
            ProgramSnapshot.OccurrenceView w = was.remove(o.id());
            if (w == null) {
                changes.add(new Change(ChangeKind.HELD_AGAIN, null, o.venue(), null, o.firstDay().toString()));
            } else if (!w.equals(o)) {
                changes.add(new Change(ChangeKind.MOVED, null, o.venue(), w.venue() + ", " + w.firstDay(),
                        o.venue() + ", " + o.firstDay()));
            }
        }
        was.values()
                .forEach(w -> changes.add(new Change(ChangeKind.NO_LONGER_HELD, null, w.venue(), w.firstDay().toString(), null)));
    }

    private record Entry(Long submissionId, String title, String place, boolean tentative) {
    }

    private static Map<String, Entry> entries(ProgramSnapshot p) {
        Map<String, Entry> m = new LinkedHashMap<>();
        for (ProgramSnapshot.BlockView b : p.blocks().stream().sorted(ProgramSnapshot.IN_TIME).toList()) {
            if (!b.kind().holdsSessions()) {
                m.put("b" + b.id(), new Entry(null, b.title(), place(b, b.starts(), b.ends(), null), false));
                continue;
            }
            for (ProgramSnapshot.SessionView s : p.sessionsOf(b.id())) {
                String room = p.room(s.roomId()).map(ProgramSnapshot.RoomView::name).orElse(null);
                for (ProgramSnapshot.ItemView i : s.items()) {
                    LocalTime start = p.startOf(s, i);
                    String key = i.submissionId() != null ? "s" + i.submissionId() : "i" + i.id();
                    m.put(key, new Entry(i.submissionId(), i.title(), place(b, start, start.plusMinutes(i.minutes()), room),
                            ProgramSnapshot.tentative(s, i)));
                }
            }
        }
        return m;
    }

    /** "2026-12-26 11:00–12:30, Sal A". */
    static String place(ProgramSnapshot.BlockView b, LocalTime start, LocalTime end, String room) {
        return b.day() + " " + start + "\u2013" + end + (room == null ? "" : ", " + room);
    }
}
