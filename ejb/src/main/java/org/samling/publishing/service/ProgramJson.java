package org.samling.publishing.service;

import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedAbstract;
import org.samling.program.service.PublishedProgram;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The latest release as /c/{acronym}/program.json gives it: days, blocks, sessions and every item with its abstract. */
public record ProgramJson(String acronym, String name, String venue, String timeZone, int release, Instant publishedAt,
        List<Occurrence> occurrences, List<Day> days) {

    public record Occurrence(String venue, LocalDate firstDay) {
    }

    public record Day(LocalDate date, List<Block> blocks) {
    }

    public record Block(LocalTime start, LocalTime end, String kind, String title, List<Session> sessions) {
    }

    public record Session(long id, String title, String track, String room, String roomLink, String chair,
            boolean tentative, String calendar, List<Item> items) {
    }

    public record Item(long id, LocalTime start, LocalTime end, String title, List<String> speakers, boolean tentative,
            Long submissionId, String url, String language, String abstractText, List<String> keywords,
            List<PublishedAbstract.Person> authors) {
    }

    static ProgramJson of(PublishedProgram p, Map<Long, PublishedAbstract> abstracts, String baseUrl) {
        ProgramSnapshot s = p.snapshot();
        String base = baseUrl + "/c/" + p.conference().acronym();
        List<Day> days = new ArrayList<>();
        for (LocalDate day : s.days()) {
            List<Block> blocks = new ArrayList<>();
            for (ProgramSnapshot.BlockView b : s.blocks().stream().filter(b -> b.day().equals(day)).toList()) {
                List<Session> sessions = new ArrayList<>();
                for (ProgramSnapshot.SessionView session : s.sessionsOf(b.id())) {
                    List<Item> items = new ArrayList<>();
                    for (ProgramSnapshot.ItemView i : session.items()) {
                        LocalTime start = s.startOf(session, i);
                        PublishedAbstract a = i.submissionId() == null ? null : abstracts.get(i.submissionId());
                        items.add(new Item(i.id(), start, start.plusMinutes(i.minutes()), i.title(), i.speakers(),
                                ProgramSnapshot.tentative(session, i), i.submissionId(), base + "/program/" + i.id(),
                                a == null ? null : a.language(), a == null ? null : a.abstractText(),
                                a == null ? List.of() : a.keywords(), a == null ? List.of() : a.authors()));
                    }
                    var room = s.room(session.roomId());
                    sessions.add(new Session(session.id(), session.title(), session.trackId() == null
                            ? null
                            : p.trackName(session.trackId()), room.map(ProgramSnapshot.RoomView::name).orElse(null),
                            room.map(ProgramSnapshot.RoomView::link).orElse(null), session.chair(), session.tentative(),
                            base + "/session/" + session.id() + ".ics", items));
                }
                blocks.add(new Block(b.starts(), b.ends(), b.kind().name(), b.title(), sessions));
            }
            days.add(new Day(day, blocks));
        }
        return new ProgramJson(p.conference().acronym(), p.conference().name(), p.conference().venue(),
                p.conference().zone().getId(), p.release(), p.publishedAt(),
                p.occurrences().stream().map(o -> new Occurrence(o.venue(), o.firstDay())).toList(), days);
    }
}
