package org.samling.program.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The clash rules of a programme, checked on every change in the editor and before a proposal is
 * offered. People are matched by name, as chairs type them (case, accents' composition and spaces
 * do not matter); sessions clash when their blocks overlap on the same day.
 */
public final class ClashRules {

    private ClashRules() {
    }

    /**
     * @param expected people expected per session id (from registrations, once those exist); a
     *                 session without a figure is not checked against its room
     */
    public static List<Clash> check(ProgramSnapshot p, Map<Long, Integer> expected) {
        List<Clash> clashes = new ArrayList<>();
        List<ProgramSnapshot.SessionView> sessions = p.sessions();
        for (int i = 0; i < sessions.size(); i++) {
            ProgramSnapshot.SessionView a = sessions.get(i);
            ProgramSnapshot.BlockView blockA = p.block(a.blockId()).orElseThrow();
            for (int j = i + 1; j < sessions.size(); j++) {
                ProgramSnapshot.SessionView b = sessions.get(j);
                ProgramSnapshot.BlockView blockB = p.block(b.blockId()).orElseThrow();
                if (!blockA.overlaps(blockB)) {
                    continue;
                }
                List<Long> both = List.of(a.id(), b.id());
                if (a.roomId() != null && a.roomId().equals(b.roomId())) {
                    clashes.add(new Clash(ClashKind.ROOM_TWICE, both,
                            List.of(p.room(a.roomId()).map(ProgramSnapshot.RoomView::name).orElse("?"), a.title(), b.title())));
                }
                Map<String, String> presentersA = presenters(a);
                Map<String, String> presentersB = presenters(b);
                presentersA.forEach((key, name) -> {
                    if (presentersB.containsKey(key)) {
                        clashes.add(new Clash(ClashKind.PERSON_TWICE, both, List.of(name, a.title(), b.title())));
                    }
                });
                chairPresents(a, presentersB, b, clashes);
                chairPresents(b, presentersA, a, clashes);
            }
        }
        for (ProgramSnapshot.SessionView s : sessions) {
            ProgramSnapshot.BlockView block = p.block(s.blockId()).orElseThrow();
            if (s.minutes() > block.minutes()) {
                clashes.add(new Clash(ClashKind.OVERRUN, List.of(s.id()), List.of(s.title(),
                        Integer.toString(s.minutes() - block.minutes()), Integer.toString(s.minutes()),
                        Integer.toString(block.minutes()))));
            }
            Integer people = expected.get(s.id());
            Integer seats = p.room(s.roomId()).map(ProgramSnapshot.RoomView::capacity).orElse(null);
            if (people != null && seats != null && people > seats) {
                clashes.add(new Clash(ClashKind.ROOM_TOO_SMALL, List.of(s.id()), List.of(
                        p.room(s.roomId()).orElseThrow().name(), seats.toString(), people.toString(), s.title())));
            }
        }
        return clashes;
    }

    private static void chairPresents(ProgramSnapshot.SessionView chaired, Map<String, String> presentersOther,
            ProgramSnapshot.SessionView other, List<Clash> clashes) {
        if (chaired.chair() == null || chaired.chair().isBlank()) {
            return;
        }
        String key = key(chaired.chair());
        if (presentersOther.containsKey(key) && !presenters(chaired).containsKey(key)) {
            clashes.add(new Clash(ClashKind.CHAIR_PRESENTS, List.of(chaired.id(), other.id()),
                    List.of(chaired.chair().strip(), chaired.title(), other.title())));
        }
        // A chair who presents in both sessions is already a person clash: not said twice.
    }

    /** The people presenting in a session, by matching key, with the name as first written. */
    static Map<String, String> presenters(ProgramSnapshot.SessionView s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (ProgramSnapshot.ItemView item : s.items()) {
            for (String name : item.speakers()) {
                if (name != null && !name.isBlank()) {
                    m.putIfAbsent(key(name), name.strip());
                }
            }
        }
        return m;
    }

    public static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
