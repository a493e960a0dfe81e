package org.samling.review.model;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where review forms, reviews and discussions are kept. */
public interface Reviews {

    Optional<ReviewForm> formOf(Long conferenceId);

    /** The conference's form, or the defaults (no review deadline) until a chair saves one. */
    default ReviewForm formOrDefaults(Long conferenceId) {
        return formOf(conferenceId).orElseGet(() -> new ReviewForm(conferenceId, ReviewFormDefinition.defaults(), null));
    }

    ReviewForm add(ReviewForm form);

    Optional<Review> of(Long assignmentId, ReviewKind kind);

    /** The reviews written for these assignments. */
    List<Review> ofAssignments(Collection<Long> assignmentIds);

    Review add(Review review);

    void removeAllOf(Long assignmentId);

    List<DiscussionPost> discussionOf(Long submissionId);

    DiscussionPost add(DiscussionPost post);

    /** Writes pending changes now; false if another transaction changed the same row meanwhile. */
    boolean flush();
}
