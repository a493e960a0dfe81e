package org.samling.conference.model;

/**
 * How many submissions use a track or a submission type. The submission context answers it
 * (it owns submissions); the conference context asks before removing one.
 */
public interface TrackUsage {

    long submissionsWithTrack(Long trackId);

    long submissionsWithType(Long typeId);
}
