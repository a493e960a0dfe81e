package org.samling.review.model;

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

/**
 * A chair's word on the detected conflicts of one reviewer with one submission: confirmed (it
 * holds) or dismissed (it does not; the reviewer may see the submission unless a declared conflict
 * remains). With a note and who decided when; a later decision replaces it.
 */
@Entity
@Table(name = "conflict_decision")
public class ConflictDecision {

    /** What the chair decided. */
    public enum Kind {
        CONFIRMED, DISMISSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind decision;

    @Column(nullable = false, length = 1000)
    private String note;

    @Column(name = "decided_by", nullable = false)
    private Long decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Version
    private long version;

    protected ConflictDecision() {
    }

    public ConflictDecision(Long submissionId, Long accountId) {
        this.submissionId = submissionId;
        this.accountId = accountId;
    }

    public void decide(Kind decision, String note, Long decidedBy, Instant now) {
        this.decision = decision;
        this.note = note;
        this.decidedBy = decidedBy;
        this.decidedAt = now;
    }

    public Long getSubmissionId() { return submissionId; }

    public Long getAccountId() { return accountId; }

    public Kind getDecision() { return decision; }

    public String getNote() { return note; }

    public Long getDecidedBy() { return decidedBy; }

    public Instant getDecidedAt() { return decidedAt; }
}
