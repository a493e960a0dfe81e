package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;

import java.util.Set;

/**
 * Who may see what of the submissions under review: decided here and nowhere else. Pages,
 * search, exports, mails, PDFs and the API ask it. A committee member sees a submitted (or
 * decided) submission unless a conflict holds, never a draft. What the committee is shown carries
 * no author fields at all ({@link BlindSubmission}); a chair's views are the submission context's
 * ({@code SubmissionPolicy.canManage}). Whether a call that is not blind shows authors to its
 * committee is decided here when the review page comes.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    IdentityPolicy identityPolicy;

    public boolean isCommitteeMember(Actor actor, Long conferenceId) {
        return identityPolicy.isReviewerOf(actor, conferenceId);
    }

    /**
     * Whether the actor may see this submission as a committee member (bid on it, review it):
     * submitted or decided, and no conflict holds. A chair who also reviews is held to this too.
     */
    public boolean canReview(Actor actor, Submission s, Set<Long> conflicted) {
        return isCommitteeMember(actor, s.getConferenceId()) && s.getState() != SubmissionState.DRAFT
                && s.getState() != SubmissionState.WITHDRAWN && !conflicted.contains(s.getId());
    }
}
