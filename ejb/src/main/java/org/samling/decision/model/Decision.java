package org.samling.decision.model;

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
import java.util.Objects;

/**
 * The chairs' decision on one submission (accepted possibly as another type), with a note for the
 * committee, and what the authors were last told. It can change freely until they are told; after
 * that only when the chair confirms, and then the authors are told again (a correction).
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Outcome outcome;

    /** For an acceptance: the type it is accepted as (a paper as a poster), or null for its own. */
    @Column(name = "accepted_type_id")
    private Long acceptedTypeId;

    @Column(nullable = false, length = 2000)
    private String note = "";

    @Column(name = "decided_by", nullable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "notified_outcome", length = 10)
    private Outcome notifiedOutcome;

    @Column(name = "notified_type_id")
    private Long notifiedTypeId;

    @Column(name = "notified_at")
    private Instant notifiedAt;

    /** When the authors withdrew the accepted submission (its place may go to the waiting list). */
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    /** Who of the authors presents, as the accepted authors confirmed it (null until they do). */
    @Column(name = "presenter_name", length = 200)
    private String presenterName;

    @Column(name = "presenter_email", length = 320)
    private String presenterEmail;

    /** Whether they confirmed that they will come (null until they answer). */
    private Boolean attending;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Version
    private long version;

    protected Decision() {
    }

    public Decision(Long conferenceId, Long submissionId) {
        this.conferenceId = conferenceId;
        this.submissionId = submissionId;
    }

    /** Whether deciding so would change what the authors were told. */
    public boolean changesWhatWasTold(Outcome o, Long typeId) {
        return notifiedOutcome != null && (notifiedOutcome != o || !Objects.equals(notifiedTypeId, typeId));
    }

    /** Decides; the caller has checked that a change after notification was confirmed. */
    public void decide(Outcome o, Long typeId, String note, Long by, Instant now) {
        this.outcome = o;
        this.acceptedTypeId = o == Outcome.ACCEPT ? typeId : null;
        this.note = note == null ? "" : note;
        this.decidedBy = by;
        this.decidedAt = now;
    }

    /** Whether the authors must be told (never told, or told something else). */
    public boolean pending() {
        return outcome != null && (notifiedOutcome == null || notifiedOutcome != outcome
                || !Objects.equals(notifiedTypeId, acceptedTypeId));
    }

    /** Whether the authors were told before and are now told something else. */
    public boolean correction() {
        return notifiedOutcome != null && pending();
    }

    public void told(Instant now) {
        this.notifiedOutcome = outcome;
        this.notifiedTypeId = acceptedTypeId;
        this.notifiedAt = now;
    }

    public void withdrawn(Instant now) {
        this.withdrawnAt = now;
    }

    /** The accepted authors confirm who presents and whether they come; they may answer again until the final-version deadline. */
    public void confirm(String presenterName, String presenterEmail, boolean attending, Instant now) {
        if (outcome != Outcome.ACCEPT || notifiedOutcome != Outcome.ACCEPT || withdrawnAt != null) {
            throw new IllegalStateException("Only authors told of an acceptance confirm their presentation");
        }
        this.presenterName = presenterName;
        this.presenterEmail = presenterEmail;
        this.attending = attending;
        this.confirmedAt = now;
    }

    public String getPresenterName() { return presenterName; }

    public String getPresenterEmail() { return presenterEmail; }

    public Boolean getAttending() { return attending; }

    public Instant getConfirmedAt() { return confirmedAt; }

    public Instant getWithdrawnAt() { return withdrawnAt; }

    public Long getSubmissionId() { return submissionId; }

    public Long getConferenceId() { return conferenceId; }

    public Outcome getOutcome() { return outcome; }

    public Long getAcceptedTypeId() { return acceptedTypeId; }

    public String getNote() { return note; }

    public Outcome getNotifiedOutcome() { return notifiedOutcome; }

    public Instant getNotifiedAt() { return notifiedAt; }
}
