package org.samling.review.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.submission.model.Submission;
import org.samling.submission.service.SubmissionPolicy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see what of the submissions under review: decided here and nowhere else. Pages,
 * search, exports, mails, PDFs and the API ask it. A committee member sees a submitted (or
 * decided) submission unless a conflict holds, never a draft. What the committee is shown carries
 * no author fields at all ({@link BlindSubmission}); a chair's views are the submission context's
 * ({@code SubmissionPolicy.canManage}). Reviewers are never named to authors, and to each other
 * only as "Reviewer A, B, ..."; the conference's chairs see who wrote what. What a committee member
 * learns of the others' judgement (their reviews, scores, a mean, an order by score) waits for
 * their own review: reviews stay independent.
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
     * Whether the committee may have the reviewers' copy of a PDF: the submission context decides
     * whether that copy shows an author ({@link SubmissionPolicy#pdfShowsNoAuthor}).
     */
    public static boolean canSeePdf(List<String> findings) {
        return SubmissionPolicy.pdfShowsNoAuthor(findings);
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
        return canSeeOtherReviews(actor, conferenceId, ownSubmitted, othersVisible, false);
    }

    /**
     * The same for a reviewer who may have been asked for the meta-review: she sums the reviews up,
     * so once her own is submitted she reads them even where the chair turned reading off.
     */
    public boolean canSeeOtherReviews(Actor actor, Long conferenceId, boolean ownSubmitted, boolean othersVisible,
            boolean metaReviewer) {
        return isChair(actor, conferenceId) || (ownSubmitted && (othersVisible || metaReviewer));
    }

    /**
     * Whether the actor may learn a submission's scores as the committee gives them (each review's,
     * their mean, how many are in): exactly when they may read the other reviews. A mean holds the
     * others' judgement as surely as their text does.
     */
    public boolean canSeeScores(Actor actor, Long conferenceId, boolean ownSubmitted, boolean othersVisible) {
        return canSeeOtherReviews(actor, conferenceId, ownSubmitted, othersVisible);
    }

    /**
     * Whether the actor may order submissions by their scores: the conference's chairs only. An order
     * over submissions whose scores one may not see would tell them all the same.
     */
    public boolean canSortByScore(Actor actor, Long conferenceId) {
        return isChair(actor, conferenceId);
    }

    /**
     * The submissions of a conference whose scores the actor may learn, from the submissions whose
     * own review they have submitted and the form's setting (see {@link #canSeeScores}).
     */
    public ScoreVisibility scoreVisibility(Actor actor, Long conferenceId, Set<Long> ownSubmitted, ReviewForm form) {
        if (actor == null || actor.isVisitor()) {
            return ScoreVisibility.NONE;
        }
        if (isChair(actor, conferenceId)) {
            return ScoreVisibility.ALL;
        }
        boolean othersVisible = form.isOthersVisible();
        if (!isCommitteeMember(actor, conferenceId) || !canSeeScores(actor, conferenceId, true, othersVisible)) {
            return ScoreVisibility.NONE;
        }
        return new ScoreVisibility(false, Set.copyOf(ownSubmitted));
    }

    /** Whether the actor may see which committee member wrote a review or a discussion post: chairs only. */
    public boolean canSeeReviewerIdentity(Actor actor, Long conferenceId) {
        return isChair(actor, conferenceId);
    }

    /** Whether the actor may read every review of a submission in full, with its committee comments and reviewer: its chairs. */
    public boolean canReadAllReviews(Actor actor, Long conferenceId) {
        return isChair(actor, conferenceId);
    }

    /**
     * What a submission's authors may read of one review, once they are told the decision: the
     * comments to the authors of a submitted review, and nothing else (no reviewer, no score, no
     * comment meant for the committee). Empty if there is nothing for them.
     */
    public static Optional<String> forAuthors(Review r) {
        String text = r.content().toAuthors();
        return r.getState() == ReviewState.SUBMITTED && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /**
     * Whether the authors may read a review's scores (each criterion and the overall
     * recommendation, never the reviewer's confidence): a submitted review of a conference whose
     * chairs chose to show scores to authors.
     */
    public static boolean authorsSeeScores(Review r, ReviewForm form) {
        return form.isScoresToAuthors() && r.getKind() == ReviewKind.REVIEW && r.getState() == ReviewState.SUBMITTED;
    }

    /** Whether the actor may read and write in a submission's discussion: its chairs, and reviewers whose own review is in. */
    public boolean canDiscuss(Actor actor, Long conferenceId, boolean ownSubmitted) {
        return isChair(actor, conferenceId) || ownSubmitted;
    }
}
