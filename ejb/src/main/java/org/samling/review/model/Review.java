package org.samling.review.model;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
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

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type SCORES = new ParameterizedType() {

        @Override
        public Type[] getActualTypeArguments() { return new Type[]{String.class, Integer.class}; }

        @Override
        public Type getRawType() { return LinkedHashMap.class; }

        @Override
        public Type getOwnerType() { return null; }
    };

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

    @Column(nullable = false, length = 2000)
    private String scores = "{}";

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
        this.scores = JSON.toJson(new LinkedHashMap<>(c.scores()));
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
        Map<String, Integer> s = JSON.fromJson(scores, SCORES);
        return new ReviewContent(s, recommendation, confidence, toAuthors, toCommittee);
    }

    public Long getId() { return id; }

    public Long getAssignmentId() { return assignmentId; }

    public ReviewKind getKind() { return kind; }

    public ReviewState getState() { return state; }

    public Instant getUpdatedAt() { return updatedAt; }

    public Instant getSubmittedAt() { return submittedAt; }

    public long getVersion() { return version; }
}
