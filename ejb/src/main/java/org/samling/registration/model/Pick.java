package org.samling.registration.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A registration's pick of a session in a parallel block (choice 1, or 2 and 3 when ranked), with its state. */
@Entity
@Table(name = "registration_pick")
public class Pick {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private Long registrationId;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "block_id", nullable = false)
    private Long blockId;

    @Column(name = "session_id", nullable = false)
    private Long sessionId;

    @Column(nullable = false)
    private int choice;

    /** The occurrence the registration is for (0: the conference's own): each has its own seats. */
    @Column(nullable = false)
    private long occurrence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PickState state;

    /** When it joined its session's queue: the waiting list's order. */
    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Version
    private long version;

    protected Pick() {
    }

    public Pick(Long registrationId, Long conferenceId, long occurrence, Long blockId, Long sessionId, int choice,
            PickState state,
            Instant now) {
        this.registrationId = registrationId;
        this.occurrence = occurrence;
        this.conferenceId = conferenceId;
        this.blockId = blockId;
        this.sessionId = sessionId;
        this.choice = choice;
        this.state = state;
        this.queuedAt = now;
    }

    /** Refuses a move its state machine does not allow. */
    public void moveTo(PickState target) {
        if (!state.canMoveTo(target)) {
            throw new IllegalStateException("pick " + id + ": " + state + " -> " + target);
        }
        state = target;
    }

    /** A chair's move to another session of the block: a confirmed seat there. */
    public void reseat(Long sessionId, Instant now) {
        this.sessionId = sessionId;
        this.state = PickState.CONFIRMED;
        this.queuedAt = now;
    }

    public Long getId() { return id; }
    public Long getRegistrationId() { return registrationId; }
    public Long getConferenceId() { return conferenceId; }
    public Long getBlockId() { return blockId; }
    public Long getSessionId() { return sessionId; }
    public int getChoice() { return choice; }
    public long getOccurrence() { return occurrence; }
    public PickState getState() { return state; }
    public Instant getQueuedAt() { return queuedAt; }
}
