package org.samling.conference.model;

import java.io.Serializable;
import java.util.List;

/**
 * What an author needs to know of a call, in the reader's language: the conference, its tracks
 * and submission types, and the limits. A record: EL reads it with accessor calls.
 */
public record CallDetails(ConferenceView conference, List<TrackView> tracks, List<TypeView> types, int wordLimit,
        int maxKeywords, int maxAuthors, PdfPolicy pdfPolicy, boolean blind) implements Serializable {

    /** A track as a reader sees it. */
    public record TrackView(Long id, String name) implements Serializable {
    }

    /** A type of contribution: its kind, its length, and how many the programme can take (null: no limit). */
    public record TypeView(Long id, SubmissionKind kind, int minutes, Integer capacity) implements Serializable {

        public TypeView(Long id, SubmissionKind kind, int minutes) {
            this(id, kind, minutes, null);
        }
    }

    public boolean hasTrack(Long id) {
        return id != null && tracks.stream().anyMatch(t -> t.id().equals(id));
    }

    public boolean hasType(Long id) {
        return id != null && types.stream().anyMatch(t -> t.id().equals(id));
    }
}
