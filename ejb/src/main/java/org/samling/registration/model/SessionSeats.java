package org.samling.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Registration's own row for one session of the published programme: the chairs' limit of its
 * seats (null: the room's capacity in the published programme), and the row whose lock gives the
 * session's seats one at a time. Made when a release publishes the session.
 */
@Entity
@Table(name = "registration_session")
public class SessionSeats {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    private Integer seats;

    @Version
    private long version;

    protected SessionSeats() {
    }

    public SessionSeats(Long sessionId, Long conferenceId) {
        this.sessionId = sessionId;
        this.conferenceId = conferenceId;
    }

    public void limit(Integer seats) {
        this.seats = seats;
    }

    public Long getSessionId() { return sessionId; }

    public Long getConferenceId() { return conferenceId; }

    /** The chairs' limit, or null when the room decides. */
    public Integer getSeats() { return seats; }
}
