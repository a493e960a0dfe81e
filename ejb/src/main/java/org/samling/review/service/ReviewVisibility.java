package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentState;
import org.samling.review.model.Assignments;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.Reviews;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The facts {@link ReviewPolicy#scoreVisibility} decides on, gathered for any channel that shows
 * or orders by scores (search, its API, and whatever comes next): which of the actor's own reviews
 * in the conference are submitted, and the conference's form setting.
 */
@ApplicationScoped
public class ReviewVisibility {

    @Inject
    ReviewPolicy policy;
    @Inject
    Assignments assignments;
    @Inject
    Reviews reviews;

    public ScoreVisibility scores(Actor actor, Long conferenceId) {
        if (actor == null || actor.isVisitor()) {
            return ScoreVisibility.NONE;
        }
        ReviewForm form = reviews.formOrDefaults(conferenceId);
        Set<Long> submitted = policy.isChair(actor, conferenceId)
                ? Set.of()
                : assignments.ofReviewer(conferenceId, actor.accountId()).stream()
                        .filter(a -> a.getState() == AssignmentState.SUBMITTED)
                        .map(Assignment::getSubmissionId).collect(Collectors.toSet());
        return policy.scoreVisibility(actor, conferenceId, submitted, form);
    }
}
