package org.samling.program.service;

import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.program.model.Change;
import org.samling.program.model.Clash;
import org.samling.program.model.ProgramSnapshot;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What the chairs' programme editor shows: the draft, its clashes, the accepted submissions not
 * placed yet, the changes not yet published, and the releases with their changelogs.
 */
public record ProgramEditor(ConferenceView conference, ProgramSnapshot draft, List<Clash> clashes,
        List<Placeable> unplaced, List<CallDetails.TrackView> tracks, List<Change> pending,
        List<ReleaseView> releases) {

    /** An accepted submission with what placing it needs. */
    public record Placeable(Long submissionId, String title, Long trackId, String track, int minutes,
            List<String> speakers) implements Serializable {
    }

    public record ReleaseView(int number, Instant publishedAt, List<Change> changes) {
    }

    public String trackName(Long trackId) {
        return tracks.stream().filter(t -> t.id().equals(trackId)).map(CallDetails.TrackView::name).findFirst().orElse("");
    }

    public boolean clashing(long sessionId) {
        return clashes.stream().anyMatch(c -> c.sessionIds().contains(sessionId));
    }
}
