package org.samling.review.service;

import org.samling.review.model.AssignmentState;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewState;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** What the review pages and the API show; none of these records has a field for an author. */
public final class ReviewViews {

    private ReviewViews() {
    }

    /** One line of a reviewer's "My reviews". */
    public record MyReview(Long assignmentId, Long submissionId, String title, String track, AssignmentState state,
            boolean metaAsked, ReviewState metaState, Instant deadline, ZoneId zone, boolean open) implements Serializable {
    }

    /** A point of a scale in the reader's language. */
    public record Point(int value, String label) {
    }

    /** A criterion of the form in the reader's language. */
    public record Field(String key, String label, List<Point> points, int weight, boolean required) {
    }

    /** The form in the reader's language. */
    public record Form(List<Field> criteria, List<Point> recommendation, List<Point> confidence) {
    }

    /** One's own review (or meta-review) as stored: version -1 means none yet. */
    public record Own(ReviewContent content, ReviewState state, long version, Instant updatedAt) {

        public static Own none() {
            return new Own(ReviewContent.empty(), null, -1, null);
        }

        public boolean submitted() {
            return state == ReviewState.SUBMITTED;
        }
    }

    /** Another committee member's submitted review, named only to chairs ("Reviewer B" to the others). */
    public record Other(String reviewer, boolean named, boolean meta, ReviewContent content, Double weightedScore,
            Instant submittedAt) {
    }

    /** A discussion post, its author named as in {@link Other} (a chair who is not on the submission: "Chair"). */
    public record Post(String author, boolean named, String body, Instant postedAt) {
    }

    /**
     * A review as its chairs read it: the reviewer, how far it is, and once submitted the scores as
     * lines with their labels, the recommendation and confidence by label, both comments.
     */
    public record Full(String reviewer, boolean meta, ReviewState state, List<String> scores, String recommendation,
            String confidence, String toAuthors, String toCommittee, Double weightedScore, Instant submittedAt) {

        public boolean submitted() {
            return state == ReviewState.SUBMITTED;
        }
    }

    /** Every review of a submission and its discussion, for its chairs. */
    public record ForChairs(List<Full> reviews, List<Post> discussion) {
    }

    /** The review page of one assignment. */
    public record Page(Long assignmentId, BlindSubmission submission, List<String> authors, Form form, Own own,
            boolean metaAsked, Own meta, Instant deadline, ZoneId zone, boolean open, boolean othersVisible,
            List<Other> others, boolean canDiscuss, List<Post> discussion) {
    }

    /** The outcome of a save. */
    public record Saved(long version, ReviewState state, Instant updatedAt) {
    }
}
