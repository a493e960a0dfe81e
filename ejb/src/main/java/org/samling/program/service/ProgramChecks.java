package org.samling.program.service;

import org.samling.conference.model.ConferenceView;
import org.samling.program.model.Block;
import org.samling.program.model.Room;
import org.samling.shared.Violations;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;

/** The checks of the chairs' edits of the draft, each failure named by the editor's field. */
final class ProgramChecks {

    /** An item's length: up to a day. */
    static final int MAX_MINUTES = 24 * 60;

    private ProgramChecks() {
    }

    static void block(ConferenceView c, ProgramEdits.BlockEdit e) {
        Violations v = new Violations();
        if (e.day() == null) {
            v.add("blockDay", "field.required");
        } else if (e.day().isBefore(c.firstDay()) || e.day().isAfter(c.lastDay())) {
            v.add("blockDay", "program.dayOutside", c.firstDay().toString(), c.lastDay().toString());
        }
        if (e.starts() == null) {
            v.add("blockStarts", "field.required");
        }
        if (e.ends() == null) {
            v.add("blockEnds", "field.required");
        } else if (e.starts() != null && !e.ends().isAfter(e.starts())) {
            v.add("blockEnds", "program.endsBeforeStarts");
        }
        if (e.kind() == null) {
            v.add("blockKind", "field.required");
        }
        text(v, "blockTitle", e.title(), 300, true);
        v.throwIfAny();
    }

    /** A room: a name no other room of the conference has, a capacity in range, a web link if any. */
    static void room(List<Room> rooms, Long roomId, ProgramEdits.RoomEdit e) {
        Violations v = new Violations();
        if (text(v, "roomName", e.name(), 200, true) && rooms.stream()
                .anyMatch(r -> !r.getId().equals(roomId) && r.getName().equalsIgnoreCase(e.name().strip()))) {
            v.add("roomName", "program.room.taken", e.name().strip());
        }
        if (e.capacity() != null && (e.capacity() < 1 || e.capacity() > 100_000)) {
            v.add("roomCapacity", "program.capacityRange", 1, 100_000);
        }
        String link = blankToNull(e.link());
        if (link != null && !isWebLink(link)) {
            v.add("roomLink", "program.linkInvalid");
        }
        v.throwIfAny();
    }

    /** A session: in a block that holds sessions, a room and a track of the conference if given. */
    static void session(Optional<Block> block, boolean roomKnown, boolean trackKnown, ProgramEdits.SessionEdit e) {
        Violations v = new Violations();
        if (block.isEmpty()) {
            v.add("sessionBlock", "field.required");
        } else if (!block.get().getKind().holdsSessions()) {
            v.add("sessionBlock", "program.block.noSessions", block.get().getTitle());
        }
        if (!roomKnown) {
            v.add("sessionRoom", "program.notFound");
        }
        text(v, "sessionTitle", e.title(), 300, true);
        if (!trackKnown) {
            v.add("sessionTrack", "program.notFound");
        }
        text(v, "sessionChair", e.chair(), 200, false);
        v.throwIfAny();
    }

    static void plenary(boolean sessionKnown, ProgramEdits.PlenaryEdit e) {
        Violations v = new Violations();
        if (!sessionKnown) {
            v.add("itemSession", "field.required");
        }
        text(v, "itemTitle", e.title(), 500, true);
        text(v, "itemSpeaker", e.speaker(), 300, false);
        if (e.minutes() == null) {
            v.add("itemMinutes", "field.required");
        } else if (e.minutes() < 1 || e.minutes() > MAX_MINUTES) {
            v.add("itemMinutes", "program.minutesRange", 1, MAX_MINUTES);
        }
        v.throwIfAny();
    }

    /** Another place and first day: a venue, and not the conference's own first day. */
    static void occurrence(ConferenceView c, ProgramEdits.OccurrenceEdit e) {
        Violations v = new Violations();
        text(v, "occurrenceVenue", e.venue(), 300, true);
        if (e.firstDay() == null) {
            v.add("occurrenceDay", "field.required");
        } else if (e.firstDay().equals(c.firstDay())) {
            v.add("occurrenceDay", "program.occurrence.sameDay");
        }
        v.throwIfAny();
    }

    /** Required (if so) and not too long; true if there is a text that passed. */
    private static boolean text(Violations v, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, "field.required");
            }
            return false;
        }
        if (value.strip().length() > max) {
            v.add(field, "field.tooLong", max);
            return false;
        }
        return true;
    }

    static boolean isWebLink(String link) {
        try {
            URI u = new URI(link);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null
                    && link.length() <= 1000;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
