package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;

import java.util.Set;

/**
 * Who may see what of the submissions under review: decided here and nowhere else. Pages,
 * search, exports, mails, PDFs and the API ask it. A committee member sees a submitted (or
 * decided) submission unless a conflict holds; never a draft; never its authors while the call is
 * blind. A conference's chairs see everything of it, authors included.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    IdentityPolicy identityPolicy;

    public boolean isCommitteeMember(Actor actor, Long conferenceId) {
        return identityPolicy.isReviewerOf(actor, conferenceId);
    }

    /**
     * Whether the actor may see this submission for review. {@code conflicted} are the submissions
     * of its conference the actor is in conflict with (from {@link ConflictService#conflictedFor}).
     */
    public boolean canSeeSubmission(Actor actor, Submission s, Set<Long> conflicted) {
        return identityPolicy.isChairOf(actor, s.getConferenceId()) || canReview(actor, s, conflicted);
    }

    /**
     * Whether the actor may see this submission as a committee member (bid on it, review it):
     * submitted or decided, and no conflict holds. A chair who also reviews is held to this too.
     */
    public boolean canReview(Actor actor, Submission s, Set<Long> conflicted) {
        return isCommitteeMember(actor, s.getConferenceId()) && s.getState() != SubmissionState.DRAFT
                && s.getState() != SubmissionState.WITHDRAWN && !conflicted.contains(s.getId());
    }

    /** Authors' names, e-mails and affiliations: the chairs always; the committee only when the call is not blind. */
    public boolean canSeeAuthors(Actor actor, Call call) {
        Long conferenceId = call.getConference().getId();
        return identityPolicy.isChairOf(actor, conferenceId) || (!call.isBlind() && isCommitteeMember(actor, conferenceId));
    }

    /** Bidding is for the committee. */
    public boolean canBid(Actor actor, Long conferenceId) {
        return isCommitteeMember(actor, conferenceId);
    }
}
