package org.samling.submission.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One grant of an individual extension, kept for good: who granted it, until when, and why. */
@Entity
@Table(name = "submission_extension")
public class SubmissionExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "until_at", nullable = false)
    private Instant until;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private Long grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected SubmissionExtension() {
    }

    public SubmissionExtension(Long submissionId, Instant until, String reason, Long grantedBy, Instant grantedAt) {
        this.submissionId = submissionId;
        this.until = until;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getSubmissionId() { return submissionId; }

    public Instant getUntil() { return until; }

    public String getReason() { return reason; }

    public Long getGrantedBy() { return grantedBy; }

    public Instant getGrantedAt() { return grantedAt; }
}
