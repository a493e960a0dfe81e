package org.samling.program.model;

import java.util.List;
import java.util.Optional;

/** Where the programme is kept. */
public interface Programs {

    List<Block> blocks(Long conferenceId);

    List<Room> rooms(Long conferenceId);

    List<ProgramSession> sessions(Long conferenceId);

    /** In session and position order. */
    List<ProgramItem> items(Long conferenceId);

    List<Occurrence> occurrences(Long conferenceId);

    Optional<Release> latestRelease(Long conferenceId);

    /** The conferences with at least one published release. */
    List<Long> conferencesWithRelease();

    /** Newest first. */
    List<Release> releases(Long conferenceId);

    <T> T add(T entity);

    void remove(Object entity);

    <T> Optional<T> find(Class<T> type, Long id);

    /** Writes pending changes now (so a query sees them). */
    void flush();

    /** Takes the conference's row lock, so two chairs' publishes get consecutive numbers one after the other. */
    void lockForRelease(Long conferenceId);
}
