package org.samling.publishing.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.program.model.BlockKind;
import org.samling.program.model.ProgramSnapshot;
import org.samling.program.service.PublishedAbstract;
import org.samling.program.service.PublishedProgram;
import org.samling.program.service.PublishedPrograms;
import org.samling.publishing.model.CalendarDocument;
import org.samling.publishing.model.PrintedDocument;
import org.samling.publishing.render.IcsCalendar;
import org.samling.publishing.render.PdfBook;
import org.samling.shared.Environment;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The programme's downloads at stable links, always from the latest release: the printed
 * programme and the book of abstracts (PDF, in the conference's first language), the calendar of
 * the whole programme or of one session (iCalendar, in the conference's time zone) and the JSON.
 * Made on request (the demo's in milliseconds, 2,000 abstracts in seconds: see BENCHMARKS.md), so
 * an author's final version shows at once and no node keeps a file the others lack.
 */
@Stateless
public class PublishingService {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    @Inject
    PublishedPrograms publishedPrograms;

    public Optional<byte[]> programPdf(String acronym) {
        return publishedPrograms.published(acronym, Language.EN).map(p -> {
            p = inOwnLanguage(p, acronym);
            return pdf(printed(p, publishedPrograms.abstractsOf(p), false), p.language());
        });
    }

    public Optional<byte[]> abstractsPdf(String acronym) {
        return publishedPrograms.published(acronym, Language.EN).map(p -> {
            p = inOwnLanguage(p, acronym);
            return pdf(printed(p, publishedPrograms.abstractsOf(p), true), p.language());
        });
    }

    /** The whole programme's calendar at an occurrence (null: the conference's own), or one session's. */
    public Optional<String> calendar(String acronym, Long occurrenceId, Long sessionId) {
        return publishedPrograms.published(acronym, Language.EN)
                .filter(p -> sessionId == null || p.snapshot().sessions().stream().anyMatch(s -> s.id() == sessionId))
                .map(p -> {
                    p = inOwnLanguage(p, acronym);
                    return IcsCalendar.write(calendarOf(p, p.occurrence(occurrenceId),
                            session -> sessionId == null || session.id() == sessionId, ""));
                });
    }

    public Optional<String> json(String acronym) {
        return publishedPrograms.published(acronym, Language.EN).map(p -> {
            p = inOwnLanguage(p, acronym);
            return JSON.toJson(ProgramJson.of(p, publishedPrograms.abstractsOf(p), Environment.baseUrl()));
        });
    }

    private PublishedProgram inOwnLanguage(PublishedProgram p, String acronym) {
        return p.language() == Language.EN ? p : publishedPrograms.published(acronym, p.language()).orElse(p);
    }

    private static byte[] pdf(PrintedDocument d, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfBook.render(d, language.locale(), out);
        return out.toByteArray();
    }

    /** The programme (entries without abstracts) or the book of abstracts, at the conference's own venue and dates. */
    static PrintedDocument printed(PublishedProgram p, Map<Long, PublishedAbstract> abstracts, boolean book) {
        Language l = p.language();
        DateTimeFormatter dayFormat = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(l.locale());
        ProgramSnapshot s = p.snapshot();
        List<PrintedDocument.Part> parts = new ArrayList<>();
        for (LocalDate day : s.days()) {
            List<PrintedDocument.Section> sections = new ArrayList<>();
            for (ProgramSnapshot.BlockView b : s.blocks().stream().filter(b -> b.day().equals(day)).toList()) {
                String times = b.times();
                List<ProgramSnapshot.SessionView> sessions = s.sessionsOf(b.id());
                if (sessions.isEmpty()) {
                    if (!book) {
                        sections.add(new PrintedDocument.Section(times + "  " + b.title(), null, List.of()));
                    }
                    continue;
                }
                for (ProgramSnapshot.SessionView session : sessions) {
                    List<PrintedDocument.Entry> entries = new ArrayList<>();
                    for (ProgramSnapshot.ItemView i : session.items()) {
                        PublishedAbstract a = i.submissionId() == null ? null : abstracts.get(i.submissionId());
                        if (book && a == null) {
                            continue;
                        }
                        LocalTime start = s.startOf(session, i);
                        List<PrintedDocument.Person> people = a != null
                                ? a.authors().stream().map(x -> new PrintedDocument.Person(x.name(), x.affiliation())).toList()
                                : i.speakers().stream().map(x -> new PrintedDocument.Person(x, null)).toList();
                        entries.add(new PrintedDocument.Entry(start + "\u2013" + start.plusMinutes(i.minutes()),
                                a != null ? a.title() : i.title(), people, book ? a.abstractText() : null,
                                book ? a.keywords() : List.of(), ProgramSnapshot.tentative(session, i)));
                    }
                    if (book && entries.isEmpty()) {
                        continue;
                    }
                    sections.add(new PrintedDocument.Section(times + "  " + session.title(), subheading(p, b, session, l),
                            entries));
                }
            }
            if (!sections.isEmpty()) {
                parts.add(new PrintedDocument.Part(Messages.day(l, day), sections));
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(p.conference().venue() == null ? "" : p.conference().venue());
        notes.add(p.conference().firstDay().format(dayFormat) + (p.conference().lastDay().equals(p.conference().firstDay())
                ? ""
                : " \u2013 " + p.conference().lastDay().format(dayFormat)));
        for (ProgramSnapshot.OccurrenceView o : s.occurrences()) {
            notes.add(Messages.get(l, "program.alsoHeld", o.venue(), o.firstDay().format(dayFormat)));
        }
        notes.add(Messages.get(l, "program.releaseNote", p.release(),
                Messages.dateTime(l.locale(), p.publishedAt(), p.conference().zone())));
        return new PrintedDocument(p.conference().name(), Messages.get(l, book ? "pdf.bookOfAbstracts" : "pdf.programme"),
                notes, new PrintedDocument.Labels(Messages.get(l, "pdf.contents"), Messages.get(l, "pdf.authorIndex"),
                        Messages.get(l, "pdf.page"), Messages.get(l, "pdf.keywords"), Messages.get(l, "program.tentative")),
                parts, book);
    }

    private static String subheading(PublishedProgram p, ProgramSnapshot.BlockView b, ProgramSnapshot.SessionView session,
            Language l) {
        List<String> bits = new ArrayList<>();
        if (!b.title().equals(session.title())) {
            bits.add(b.title());
        }
        p.snapshot().room(session.roomId()).ifPresent(r -> bits.add(r.virtual() ? r.name() + " (" + r.link() + ")" : r.name()));
        if (session.chair() != null) {
            bits.add(Messages.get(l, "program.chairedBy", session.chair()));
        }
        if (session.trackId() != null) {
            bits.add(p.trackName(session.trackId()));
        }
        if (session.tentative()) {
            bits.add(Messages.get(l, "program.tentative"));
        }
        return String.join(" \u00b7 ", bits);
    }

    /**
     * The calendar of the sessions {@code include} keeps, at an occurrence: the public programme's
     * (all, or one session) and a participant's own (the plenary sessions and their seats; their
     * events' uids start with {@code uidPrefix} so they never replace the public ones). Parallel
     * sessions are one event each; the items of a plenary session one by one.
     */
    public CalendarDocument calendarOf(PublishedProgram p, ProgramSnapshot.OccurrenceView o,
            Predicate<ProgramSnapshot.SessionView> include, String uidPrefix) {
        ProgramSnapshot s = p.snapshot();
        String base = Environment.baseUrl() + "/c/" + p.conference().acronym() + "/program";
        List<CalendarDocument.Event> events = new ArrayList<>();
        for (ProgramSnapshot.SessionView session : s.sessions()) {
            if (!include.test(session)) {
                continue;
            }
            ProgramSnapshot.BlockView b = s.block(session.blockId()).orElseThrow();
            LocalDate day = p.dayAt(o, b.day());
            String where = location(p, o, session);
            if (b.kind() == BlockKind.PLENARY && !session.items().isEmpty()) {
                for (ProgramSnapshot.ItemView i : session.items()) {
                    LocalTime start = s.startOf(session, i);
                    events.add(new CalendarDocument.Event(uid(p, o, uidPrefix + "item-" + i.id()), LocalDateTime.of(day, start),
                            LocalDateTime.of(day, start.plusMinutes(i.minutes())), i.title(), where,
                            String.join(", ", i.speakers()), base + "/" + i.id(), ProgramSnapshot.tentative(session, i)));
                }
            } else {
                StringBuilder description = new StringBuilder();
                for (ProgramSnapshot.ItemView i : session.items()) {
                    description.append(s.startOf(session, i)).append(' ').append(i.title());
                    if (!i.speakers().isEmpty()) {
                        description.append(" (").append(String.join(", ", i.speakers())).append(')');
                    }
                    description.append('\n');
                }
                events.add(new CalendarDocument.Event(uid(p, o, uidPrefix + "session-" + session.id()),
                        LocalDateTime.of(day, b.starts()),
                        LocalDateTime.of(day, b.ends()), session.title(), where, description.toString().strip(),
                        session.items().isEmpty() ? base : base + "/" + session.items().get(0).id(), session.tentative()));
            }
        }
        return new CalendarDocument(p.conference().name(), p.conference().zone(), events);
    }

    private static String location(PublishedProgram p, ProgramSnapshot.OccurrenceView o, ProgramSnapshot.SessionView session) {
        Optional<ProgramSnapshot.RoomView> room = p.snapshot().room(session.roomId());
        String venue = o.venue() == null ? "" : o.venue();
        return room.map(r -> r.virtual() ? r.name() + " " + r.link() : r.name() + (venue.isEmpty() ? "" : ", " + venue))
                .orElse(venue);
    }

    private static String uid(PublishedProgram p, ProgramSnapshot.OccurrenceView o, String what) {
        return what + (o.id() == 0 ? "" : "-o" + o.id()) + "@" + p.conference().acronym() + ".samling";
    }
}
