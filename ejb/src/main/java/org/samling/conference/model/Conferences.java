package org.samling.conference.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where conferences and their calls are kept. */
public interface Conferences {

    Conference add(Conference conference);

    Call add(Call call);

    Optional<Conference> byAcronym(String acronym);

    Optional<Conference> byId(Long id);

    Optional<Call> callOf(Long conferenceId);

    /** Calls open at {@code now}, the nearest deadline first. */
    List<Call> openCallsAt(Instant now);

    List<Conference> byIds(List<Long> ids);

    Track add(Track track);

    SubmissionType add(SubmissionType type);

    void remove(Track track);

    void remove(SubmissionType type);

    /** The call's tracks, in the chair's order. */
    List<Track> tracksOf(Long conferenceId);

    /** The call's submission types, in the chair's order. */
    List<SubmissionType> typesOf(Long conferenceId);

    /** Every conference, the latest first. */
    List<Conference> all();
}
