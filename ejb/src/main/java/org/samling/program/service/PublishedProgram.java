package org.samling.program.service;

import org.samling.conference.model.ConferenceView;
import org.samling.i18n.Language;
import org.samling.program.model.ProgramSnapshot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The latest release of a conference's programme as the public reads it, with the track names in
 * the reader's language and the conference's languages (the first is the one its PDFs are in).
 */
public record PublishedProgram(ConferenceView conference, List<Language> languages, int release, Instant publishedAt,
        ProgramSnapshot snapshot, Map<Long, String> trackNames) {

    public Language language() {
        return languages.isEmpty() ? Language.EN : languages.get(0);
    }

    /** The occurrence with this id, or the conference's own (id 0) when null or unknown. */
    public ProgramSnapshot.OccurrenceView occurrence(Long id) {
        return snapshot.occurrences().stream().filter(o -> id != null && o.id() == id).findFirst().orElse(primary());
    }

    /** Whether this is one of its occurrences (null or 0: the conference's own). */
    public boolean holds(Long occurrenceId) {
        return occurrenceId == null || occurrenceId == 0 || snapshot.occurrences().stream().anyMatch(o -> o.id() == occurrenceId);
    }

    public ProgramSnapshot.OccurrenceView primary() {
        return new ProgramSnapshot.OccurrenceView(0, conference.venue(), conference.firstDay());
    }

    /** Every occurrence, the conference's own first. */
    public List<ProgramSnapshot.OccurrenceView> occurrences() {
        return Stream.concat(Stream.of(primary()), snapshot.occurrences().stream()).toList();
    }

    /** A day of the programme as held at an occurrence. */
    public LocalDate dayAt(ProgramSnapshot.OccurrenceView o, LocalDate day) {
        return day.plusDays(ChronoUnit.DAYS.between(conference.firstDay(), o.firstDay()));
    }

    public String trackName(Long trackId) {
        return trackId == null ? "" : trackNames.getOrDefault(trackId, "");
    }
}
