package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.submission.model.Submission;
import org.samling.submission.service.SubmissionPolicy;

import java.util.Set;

/**
 * Who may see what of the submissions under review: decided here and nowhere else. Pages,
 * search, exports, mails, PDFs and the API ask it. A committee member sees a submitted (or
 * decided) submission unless a conflict holds, never a draft. What the committee is shown carries
 * no author fields at all ({@link BlindSubmission}); a chair's views are the submission context's
 * ({@code SubmissionPolicy.canManage}). Reviewers are never named to authors, and to each other
 * only as "Reviewer A, B, ..."; the conference's chairs see who wrote what.
 */
@ApplicationScoped
public class ReviewPolicy {

    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    SubmissionPolicy submissionPolicy;

    public boolean isCommitteeMember(Actor actor, Long conferenceId) {
        return identityPolicy.isReviewerOf(actor, conferenceId);
    }

    /**
     * Whether the actor may see this submission as a committee member (bid on it, review it):
     * submitted or decided, and no conflict holds. A chair who also reviews is held to this too.
     */
    public boolean canReview(Actor actor, Submission s, Set<Long> conflicted) {
        return isCommitteeMember(actor, s.getConferenceId()) && s.getState().underReview() && !conflicted.contains(s.getId());
    }

    /**
     * Whether the committee may have the reviewers' copy of a PDF: not if the anonymity check found
     * an author's name or address in its text (document properties are removed from that copy, the
     * text cannot be). The author was warned at upload and the chair's list flags it; a clean upload
     * releases it.
     */
    public static boolean canSeePdf(java.util.List<String> findings) {
        return findings.stream().noneMatch(f -> f.startsWith("text:"));
    }

    public boolean isChair(Actor actor, Long conferenceId) {
        return identityPolicy.isChairOf(actor, conferenceId);
    }

    /**
     * Whether the actor may see who wrote a submission: its chairs, its own authors (owner or named
     * co-author), and its committee only if the call is not blind.
     */
    public boolean canSeeAuthors(Actor actor, Submission s, boolean blindCall) {
        if (isChair(actor, s.getConferenceId()) || submissionPolicy.isAuthor(actor, s)) {
            return true;
        }
        return !blindCall && isCommitteeMember(actor, s.getConferenceId());
    }

    /**
     * Whether a reviewer may read the other reviews of a submission they review: once their own is
     * submitted, unless the chair turned it off; a chair always may.
     */
    public boolean canSeeOtherReviews(Actor actor, Long conferenceId, boolean ownSubmitted, boolean othersVisible) {
        return isChair(actor, conferenceId) || (ownSubmitted && othersVisible);
    }

    /** Whether the actor may see which committee member wrote a review or a discussion post: chairs only. */
    public boolean canSeeReviewerIdentity(Actor actor, Long conferenceId) {
        return isChair(actor, conferenceId);
    }

    /**
     * What a submission's authors may read of one review, once they are told the decision: the
     * comments to the authors of a submitted review, and nothing else (no reviewer, no score, no
     * comment meant for the committee). Empty if there is nothing for them.
     */
    public static java.util.Optional<String> forAuthors(org.samling.review.model.Review r) {
        String text = r.content().toAuthors();
        return r.getState() == org.samling.review.model.ReviewState.SUBMITTED && !text.isBlank()
                ? java.util.Optional.of(text) : java.util.Optional.empty();
    }

    /**
     * Whether the authors may read a review's scores (each criterion and the overall
     * recommendation, never the reviewer's confidence): a submitted review of a conference whose
     * chairs chose to show scores to authors.
     */
    public static boolean authorsSeeScores(org.samling.review.model.Review r, org.samling.review.model.ReviewForm form) {
        return form.isScoresToAuthors() && r.getKind() == org.samling.review.model.ReviewKind.REVIEW
                && r.getState() == org.samling.review.model.ReviewState.SUBMITTED;
    }

    /** Whether the actor may read and write in a submission's discussion: its chairs, and reviewers whose own review is in. */
    public boolean canDiscuss(Actor actor, Long conferenceId, boolean ownSubmitted) {
        return isChair(actor, conferenceId) || ownSubmitted;
    }
}
