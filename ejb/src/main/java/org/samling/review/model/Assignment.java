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

/** One committee member asked to review one submission; made only by the assignment pipeline. */
@Entity
@Table(name = "assignment")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conference_id", nullable = false)
    private Long conferenceId;

    @Column(name = "submission_id", nullable = false)
    private Long submissionId;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AssignmentState state = AssignmentState.ASSIGNED;

    /** Whether the chair asked this reviewer for the submission's meta-review (one per submission). */
    @Column(name = "meta_reviewer", nullable = false)
    private boolean metaReviewer;

    @Column(name = "assigned_by", nullable = false)
    private Long assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Version
    private long version;

    protected Assignment() {
    }

    public Assignment(Long conferenceId, Long submissionId, Long accountId, AssignmentSource source, Long assignedBy,
            Instant now) {
        this.conferenceId = conferenceId;
        this.submissionId = submissionId;
        this.accountId = accountId;
        this.source = source;
        this.assignedBy = assignedBy;
        this.assignedAt = now;
    }

    public void drafted() {
        state = state.drafted();
    }

    public void submitted() {
        state = state.submitted();
    }

    public void askForMetaReview(boolean asked) {
        this.metaReviewer = asked;
    }

    public Long getId() { return id; }

    public Long getConferenceId() { return conferenceId; }

    public Long getSubmissionId() { return submissionId; }

    public Long getAccountId() { return accountId; }

    public AssignmentSource getSource() { return source; }

    public AssignmentState getState() { return state; }

    public boolean isMetaReviewer() { return metaReviewer; }

    public Instant getAssignedAt() { return assignedAt; }
}
