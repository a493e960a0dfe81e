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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A review of one assignment (or the meta-review). The version is the reviewer's guard against
 * crossing saves: a save names the version it was written on, and one written on an older version
 * is refused rather than overwriting what another tab saved.
 */
@Entity
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false)
    private Long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private ReviewKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ReviewState state = ReviewState.DRAFT;

    /** Criterion key to score, as JSON in a text column (Hibernate's JSON mapping, with JSON-B). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "varchar(2000)")
    private Map<String, Integer> scores = new LinkedHashMap<>();

    private Integer recommendation;

    private Integer confidence;

    @Column(name = "to_authors", nullable = false, length = 10000)
    private String toAuthors = "";

    @Column(name = "to_committee", nullable = false, length = 10000)
    private String toCommittee = "";

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Version
    private long version;

    protected Review() {
    }

    public Review(Long assignmentId, ReviewKind kind, Instant now) {
        this.assignmentId = assignmentId;
        this.kind = kind;
        this.updatedAt = now;
    }

    /** Keeps the text as it is; checked by the review service before it gets here. */
    public void write(ReviewContent c, Instant now) {
        this.scores = new LinkedHashMap<>(c.scores());
        this.recommendation = c.recommendation();
        this.confidence = c.confidence();
        this.toAuthors = c.toAuthors();
        this.toCommittee = c.toCommittee();
        this.updatedAt = now;
        this.state = state.saveDraft();
    }

    public void submit(Instant now) {
        this.state = state.submit();
        this.submittedAt = now;
    }

    public ReviewContent content() {
        return new ReviewContent(scores, recommendation, confidence, toAuthors, toCommittee);
    }

    public Long getId() { return id; }

    public Long getAssignmentId() { return assignmentId; }

    public ReviewKind getKind() { return kind; }

    public ReviewState getState() { return state; }

    public Instant getUpdatedAt() { return updatedAt; }

    public Instant getSubmittedAt() { return submittedAt; }

    public long getVersion() { return version; }
}
