package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.review.model.Reviews;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one reads of the committee's reviews of a submission, as {@link ReviewPolicy} allows: a
 * reviewer the others' submitted reviews under letters and the discussion; a chair every review in
 * full (scores with their labels, both comments, the meta-review), named, beside the discussion.
 */
@Stateless
public class ReviewReading {

    @Inject
    Assignments assignments;
    @Inject
    Reviews reviews;
    @Inject
    Submissions submissions;
    @Inject
    AccountService accounts;
    @Inject
    ReviewPolicy policy;

    /** The submitted reviews of the others on the submission, with their letters (names for chairs). */
    public List<ReviewViews.Other> others(Actor actor, Submission s, Assignment mine, ReviewFormDefinition d) {
        List<Assignment> all = assignments.ofSubmission(s.getId());
        boolean named = policy.canSeeReviewerIdentity(actor, s.getConferenceId());
        Map<Long, Assignment> byId = all.stream().collect(Collectors.toMap(Assignment::getId, Function.identity()));
        List<ReviewViews.Other> out = new ArrayList<>();
        for (Review r : reviews.ofAssignments(byId.keySet())) {
            if (r.getAssignmentId().equals(mine.getId()) || r.getState() != ReviewState.SUBMITTED) {
                continue;
            }
            Assignment x = byId.get(r.getAssignmentId());
            ReviewContent c = r.content();
            out.add(new ReviewViews.Other(label(all, x.getAccountId(), named), named, r.getKind() == ReviewKind.META, c,
                    r.getKind() == ReviewKind.REVIEW ? d.weightedScore(c.scores()).orElse(null) : null, r.getSubmittedAt()));
        }
        return out;
    }

    /** The discussion, its authors named as in {@link #others}. */
    public List<ReviewViews.Post> discussion(Actor actor, Submission s) {
        List<Assignment> all = assignments.ofSubmission(s.getId());
        boolean named = policy.canSeeReviewerIdentity(actor, s.getConferenceId());
        return reviews.discussionOf(s.getId()).stream()
                .map(p -> new ReviewViews.Post(label(all, p.getAccountId(), named),
                        named || all.stream().noneMatch(x -> x.getAccountId().equals(p.getAccountId())),
                        p.getBody(), p.getPostedAt()))
                .toList();
    }

    /**
     * Every review of a submission for its chairs, in the order the reviewers were assigned: who,
     * how far (a draft's text stays the reviewer's until it is submitted), and a submitted review in
     * full; the meta-review last; then the discussion. "Not found" for anyone else.
     */
    public ReviewViews.ForChairs forChairs(Actor actor, Long submissionId, Language reader) {
        Submission s = submissions.byId(submissionId).filter(x -> policy.canReadAllReviews(actor, x.getConferenceId()))
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        ReviewFormDefinition d = reviews.formOrDefaults(s.getConferenceId()).definition();
        List<Assignment> all = assignments.ofSubmission(s.getId());
        Map<Long, List<Review>> byAssignment = reviews.ofAssignments(all.stream().map(Assignment::getId).toList()).stream()
                .collect(Collectors.groupingBy(Review::getAssignmentId));
        List<ReviewViews.Full> out = new ArrayList<>();
        List<ReviewViews.Full> metas = new ArrayList<>();
        for (Assignment a : all) {
            String name = label(all, a.getAccountId(), true);
            List<Review> written = byAssignment.getOrDefault(a.getId(), List.of());
            Optional<Review> review = written.stream().filter(r -> r.getKind() == ReviewKind.REVIEW).findFirst();
            out.add(full(name, ReviewKind.REVIEW, review, d, reader));
            written.stream().filter(r -> r.getKind() == ReviewKind.META).findFirst()
                    .ifPresent(m -> metas.add(full(name, ReviewKind.META, Optional.of(m), d, reader)));
        }
        out.addAll(metas);
        return new ReviewViews.ForChairs(out, discussion(actor, s));
    }

    private static ReviewViews.Full full(String reviewer, ReviewKind kind, Optional<Review> review, ReviewFormDefinition d,
            Language reader) {
        ReviewState state = review.map(Review::getState).orElse(null);
        if (state != ReviewState.SUBMITTED) {
            return new ReviewViews.Full(reviewer, kind == ReviewKind.META, state, List.of(), null, null, "", "", null, null);
        }
        Review r = review.get();
        ReviewContent c = r.content();
        return new ReviewViews.Full(reviewer, kind == ReviewKind.META, state, ScoreLines.of(c, d, reader),
                ScoreLines.point(d.recommendation(), c.recommendation(), reader),
                ScoreLines.point(d.confidence(), c.confidence(), reader),
                c.toAuthors(), c.toCommittee(), kind == ReviewKind.REVIEW ? d.weightedScore(c.scores()).orElse(null) : null,
                r.getSubmittedAt());
    }

    /**
     * How a committee member appears to the actor: their name for chairs; otherwise their letter
     * among the submission's reviewers (A, B, ...), or an empty name for a chair who is not one of
     * them (the page says "Chair").
     */
    private String label(List<Assignment> all, Long accountId, boolean named) {
        if (named) {
            return accounts.find(accountId).map(Account::getName).orElse("");
        }
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getAccountId().equals(accountId)) {
                return String.valueOf((char) ('A' + i % 26));
            }
        }
        return "";
    }
}
