package org.samling.web.program;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ClashRules;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.search.model.SearchQuery;
import org.samling.search.service.SearchService;
import org.samling.web.support.LocaleBean;
import org.samling.web.support.Pages;
import org.samling.web.support.Params;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published programme at /c/{acronym}/program, for anyone: by day, block and room, at one
 * occurrence (?o=), narrowed by track (?track=) and by a search (?q=, through the full-text
 * search of the published submissions, and the titles and speakers of the plenary items).
 */
@Named
@RequestScoped
public class PublicProgramView {

    @Inject
    PublishedPrograms publishedPrograms;
    @Inject
    ConferenceService conferenceService;
    @Inject
    SearchService searchService;
    @Inject
    LocaleBean localeBean;

    private String acronym;
    private String q;
    private Long track;
    private Long o;
    private ConferenceView conference;
    private PublishedProgram program;
    private ProgramSnapshot.OccurrenceView occurrence;
    private final List<DayRow> days = new ArrayList<>();
    private List<SearchQuery.Notice> notices = List.of();
    private int shown;

    public record DayRow(String id, String label, List<BlockRow> blocks) {
    }

    public record BlockRow(String times, String title, BlockKind kind, List<SessionRow> sessions) {
    }

    public record SessionRow(long id, String title, String room, String roomLink, String chair, String track,
            boolean tentative, List<ItemRow> items) {
    }

    public record ItemRow(long id, String time, String title, String speakers, boolean tentative, boolean submission) {
    }

    public void load() throws IOException {
        Language reader = localeBean.getLanguage();
        conference = conferenceService.byAcronym(acronym, reader).orElse(null);
        if (conference == null) {
            Pages.notFound();
            return;
        }
        program = publishedPrograms.published(acronym, reader).orElse(null);
        if (program == null) {
            return;
        }
        occurrence = program.occurrence(o);
        Set<Long> matches = null;
        String words = q == null ? "" : q.strip();
        if (!words.isEmpty()) {
            SearchService.PublicMatches m = searchService.publishedMatches(acronym, words, reader);
            matches = m.submissionIds();
            notices = m.notices();
        }
        ProgramSnapshot s = program.snapshot();
        boolean narrowed = track != null || matches != null;
        for (LocalDate day : s.days()) {
            List<BlockRow> blocks = new ArrayList<>();
            for (ProgramSnapshot.BlockView b : s.blocks().stream().filter(b -> b.day().equals(day)).toList()) {
                List<SessionRow> sessions = new ArrayList<>();
                for (ProgramSnapshot.SessionView session : s.sessionsOf(b.id())) {
                    boolean sessionInTrack = track == null || track.equals(session.trackId());
                    List<ItemRow> items = new ArrayList<>();
                    for (ProgramSnapshot.ItemView i : session.items()) {
                        boolean inTrack = sessionInTrack || track.equals(i.trackId());
                        boolean found = matches == null || (i.submissionId() != null
                                ? matches.contains(i.submissionId())
                                : mentions(i, words));
                        if (inTrack && found) {
                            var start = s.startOf(session, i);
                            items.add(new ItemRow(i.id(), start + "\u2013" + start.plusMinutes(i.minutes()), i.title(),
                                    String.join(", ", i.speakers()), ProgramSnapshot.tentative(session, i),
                                    i.submissionId() != null));
                        }
                    }
                    if (!items.isEmpty() || (!narrowed)) {
                        var room = s.room(session.roomId());
                        shown += items.size();
                        sessions.add(new SessionRow(session.id(), session.title(),
                                room.map(ProgramSnapshot.RoomView::name).orElse(null),
                                room.map(ProgramSnapshot.RoomView::link).orElse(null), session.chair(),
                                program.trackName(session.trackId()), session.tentative(), items));
                    }
                }
                if (!sessions.isEmpty() || (!narrowed && !b.kind().holdsSessions())) {
                    blocks.add(new BlockRow(b.times(), b.title(), b.kind(), sessions));
                }
            }
            if (!blocks.isEmpty()) {
                LocalDate held = program.dayAt(occurrence, day);
                days.add(new DayRow("day-" + held, Messages.day(reader, held), blocks));
            }
        }
    }

    private static boolean mentions(ProgramSnapshot.ItemView i, String words) {
        String hay = ClashRules.key(i.title() + " " + String.join(" ", i.speakers()));
        for (String w : words.split("\\s+")) {
            String word = ClashRules.key(w.replace("\"", "").replace("*", ""));
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    public String base() {
        return "/c/" + acronym;
    }

    public List<Map.Entry<Long, String>> getTracks() {
        return program == null
                ? List.of()
                : program.trackNames().entrySet().stream()
                        .sorted(Map.Entry.comparingByKey()).toList();
    }

    public List<ProgramSnapshot.OccurrenceView> getOccurrences() { return program == null ? List.of() : program.occurrences(); }

    public boolean isNarrowed() { return track != null || (q != null && !q.isBlank()); }

    public String getAcronym() { return acronym; }

    public void setAcronym(String acronym) { this.acronym = acronym; }

    public String getQ() { return q; }

    public void setQ(String q) { this.q = q; }

    public String getTrack() { return track == null ? null : track.toString(); }

    /** A track id from the link; anything else shows every track. */
    public void setTrack(String track) {
        this.track = Params.number(track);
    }

    public String getO() { return o == null ? null : o.toString(); }

    public void setO(String o) { this.o = Params.number(o); }

    public ConferenceView getConference() { return conference; }

    public PublishedProgram getProgram() { return program; }

    public ProgramSnapshot.OccurrenceView getOccurrence() { return occurrence; }

    public List<DayRow> getDays() { return days; }

    public List<SearchQuery.Notice> getNotices() { return notices; }

    public int getShown() { return shown; }
}
