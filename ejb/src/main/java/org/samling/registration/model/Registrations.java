package org.samling.registration.model;

import java.util.List;
import java.util.Optional;

/** Where registrations and picks are kept. */
public interface Registrations {

    Optional<RegistrationSettings> settings(Long conferenceId);

    Optional<Registration> byToken(String token);

    Optional<Registration> byEmail(Long conferenceId, String email);

    Optional<Registration> byId(Long id);

    /** A person's registrations in every conference: made from their account or with their address. */
    List<Registration> ofPerson(Long accountId, String email);

    List<Registration> ofConference(Long conferenceId);

    List<Pick> picksOf(Long registrationId);

    List<Pick> picksOfConference(Long conferenceId);

    /** A session's confirmed and waiting picks at an occurrence, confirmed first, then the waiting list in its order. */
    List<Pick> picksOfSession(Long sessionId, long occurrence);

    long confirmed(Long sessionId, long occurrence);

    /**
     * Locks a session's seats row until the transaction ends (made if a release had not made it):
     * seats of one session are given one at a time.
     */
    SessionSeats lockSession(Long sessionId, Long conferenceId);

    Optional<SessionSeats> seatsOf(Long sessionId);

    /** The settings of every conference whose registration is switched on. */
    List<RegistrationSettings> openSettings();

    /** Settings whose links mail has a date and has not gone out. */
    List<RegistrationSettings> linksNotMailed();

    /** Locks a registration's row: one participant's changes one at a time (two tabs). */
    void lock(Registration r);

    <T> T add(T entity);

    void remove(Object entity);

    void flush();
}
