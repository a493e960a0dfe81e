package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Assignment;
import org.samling.review.model.AssignmentWithdrawn;
import org.samling.review.model.Assignments;
import org.samling.review.model.Criterion;
import org.samling.review.model.DiscussionPost;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewForm;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.review.model.Reviews;
import org.samling.review.model.ScalePoint;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionFactsChanged;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reviewing: a reviewer's list of assignments, the review page (blinded submission, the form, their
 * review, and once it is in, the others' reviews and the discussion), saving drafts and submitting
 * until the review deadline, without ever overwriting a save that crossed (see {@link ReviewConflict}).
 */
@Stateless
public class ReviewService {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_POST = 4_000;

    @Inject
    Event<Audited> audited;
    @Inject
    Event<SubmissionFactsChanged> factsChanged;
    @Inject
    Reviews reviews;
    @Inject
    Assignments assignments;
    @Inject
    Submissions submissions;
    @Inject
    ReviewPolicy policy;
    @Inject
    ConflictService conflicts;
    @Inject
    BiddingService bidding;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    ReviewReading reading;
    @Inject
    Clock clock;

    /** The conference's form, or the defaults (no review deadline) until a chair saves one. */
    public ReviewForm formOf(Long conferenceId) {
        return reviews.formOrDefaults(conferenceId);
    }

    /** A reviewer's assignments in a conference, leaving out any a conflict now stands against. */
    public List<ReviewViews.MyReview> mine(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.byAcronym(acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Account me = accounts.require(actor);
        if (!policy.isCommitteeMember(actor, c.id())) {
            throw new DomainException(null, "auth.forbidden");
        }
        Set<Long> conflicted = conflicts.conflictedFor(c.id(), me);
        ReviewForm form = formOf(c.id());
        boolean open = form.openAt(clock.instant());
        Map<Long, String> tracks = conferences.callDetails(acronym, reader).orElseThrow().tracks().stream()
                .collect(Collectors.toMap(t -> t.id(), t -> t.name()));
        List<Assignment> mine = assignments.ofReviewer(c.id(), me.getId());
        Map<Long, Review> metas = reviews.ofAssignments(mine.stream().map(Assignment::getId).toList()).stream()
                .filter(r -> r.getKind() == ReviewKind.META).collect(Collectors.toMap(Review::getAssignmentId, r -> r));
        List<ReviewViews.MyReview> rows = new ArrayList<>();
        for (Assignment a : mine) {
            Optional<Submission> s = submissions.byId(a.getSubmissionId()).filter(x -> policy.canReview(actor, x, conflicted));
            s.ifPresent(x -> rows.add(new ReviewViews.MyReview(a.getId(), x.getId(), x.getTitle(),
                    tracks.getOrDefault(x.getTrackId(), ""), a.getState(), a.isMetaReviewer(),
                    metas.containsKey(a.getId()) ? metas.get(a.getId()).getState() : null, form.getReviewDeadline(), c.zone(),
                    open)));
        }
        return rows;
    }

    /** The review page of an assignment: the reviewer's own only, and only while no conflict stands. */
    public ReviewViews.Page page(Actor actor, Long assignmentId, Language reader) {
        Assignment a = own(actor, assignmentId);
        BlindSubmission blind = bidding.blindView(actor, a.getSubmissionId(), reader)
                .orElseThrow(() -> new DomainException(null, "review.notFound"));
        Submission s = submissions.byId(a.getSubmissionId()).orElseThrow();
        boolean blindCall = conferences.callOf(s.getConferenceId()).map(Call::isBlind).orElse(true);
        List<String> authors = policy.canSeeAuthors(actor, s, blindCall)
                ? s.getAuthors().stream().map(x -> x.getName() + " (" + x.getAffiliation() + ")").toList()
                : List.of();
        ReviewForm form = formOf(s.getConferenceId());
        ReviewFormDefinition d = form.definition();
        ReviewViews.Own own = reviews.of(a.getId(), ReviewKind.REVIEW).map(ReviewService::own).orElse(ReviewViews.Own.none());
        ReviewViews.Own meta = a.isMetaReviewer()
                ? reviews.of(a.getId(), ReviewKind.META).map(ReviewService::own).orElse(ReviewViews.Own.none())
                : ReviewViews.Own.none();
        boolean seeOthers = policy.canSeeOtherReviews(actor, s.getConferenceId(), own.submitted(), form.isOthersVisible(),
                a.isMetaReviewer());
        boolean discuss = policy.canDiscuss(actor, s.getConferenceId(), own.submitted());
        return new ReviewViews.Page(a.getId(), blind, authors, localise(d, reader), own, a.isMetaReviewer(), meta,
                form.getReviewDeadline(), conferences.byId(s.getConferenceId(), reader).orElseThrow().zone(),
                form.openAt(clock.instant()), form.isOthersVisible(),
                seeOthers ? reading.others(actor, s, a, d) : List.of(), discuss,
                discuss ? reading.discussion(actor, s) : List.of());
    }

    /**
     * Saves a review (or, with {@code kind} META, the meta-review asked for) written on
     * {@code expectedVersion} (-1: none yet). A draft is checked only for what it holds; a submit,
     * and any save of a review already submitted, needs every required field.
     */
    public ReviewViews.Saved save(Actor actor, Long assignmentId, ReviewKind kind, ReviewContent content,
            long expectedVersion, boolean submit, Language reader) {
        Assignment a = own(actor, assignmentId);
        if (kind == ReviewKind.META && !a.isMetaReviewer()) {
            throw new DomainException(null, "review.metaNotAsked");
        }
        if (kind == ReviewKind.META && reviews.of(a.getId(), ReviewKind.REVIEW).filter(r -> r.getState() == ReviewState.SUBMITTED)
                .isEmpty()) {
            // She sums up what she has read, and reads the others only once her own is in: so hers comes first.
            throw new DomainException(null, "review.metaAfterOwn");
        }
        ReviewForm form = formOf(a.getConferenceId());
        Instant now = clock.instant();
        if (!form.openAt(now)) {
            throw new DomainException(null, "review.closed");
        }
        Optional<Review> stored = reviews.of(a.getId(), kind);
        if (stored.map(Review::getVersion).orElse(-1L) != expectedVersion) {
            throw stored.map(r -> new ReviewConflict(r.content(), r.getVersion(), r.getUpdatedAt()))
                    .orElseGet(() -> new ReviewConflict(ReviewContent.empty(), -1, null));
        }
        boolean complete = submit || stored.map(r -> r.getState() == ReviewState.SUBMITTED).orElse(false);
        check(form.definition(), kind, content, complete, reader);
        Review r = stored.orElseGet(() -> new Review(a.getId(), kind, now));
        ReviewContent before = stored.map(Review::content).orElse(null);
        boolean wasSubmitted = stored.map(x -> x.getState() == ReviewState.SUBMITTED).orElse(false);
        r.write(content, now);
        if (submit) {
            r.submit(now);
        }
        if (r.getState() == ReviewState.SUBMITTED) {
            audited.fire(ReviewAudit.revision(a, kind, wasSubmitted, before, content, actor));
        }
        if (stored.isEmpty()) {
            reviews.add(r);
        }
        if (kind == ReviewKind.REVIEW) {
            if (r.getState() == ReviewState.SUBMITTED) {
                // A submitted review's scores count in the submission's mean (searchable, sortable).
                factsChanged.fire(new SubmissionFactsChanged(a.getSubmissionId()));
                a.submitted();
            } else {
                a.drafted();
            }
        }
        if (!reviews.flush()) {
            // Another save of the same review was committed between our read and our write.
            throw new ReviewConflict(null, -1, null);
        }
        return new ReviewViews.Saved(r.getVersion(), r.getState(), r.getUpdatedAt());
    }

    /** A post in the committee's discussion of the assignment's submission. */
    public void discuss(Actor actor, Long assignmentId, String body) {
        Assignment a = own(actor, assignmentId);
        boolean ownSubmitted = reviews.of(a.getId(), ReviewKind.REVIEW).map(r -> r.getState() == ReviewState.SUBMITTED)
                .orElse(false);
        if (!policy.canDiscuss(actor, a.getConferenceId(), ownSubmitted)) {
            throw new DomainException(null, "discussion.afterOwnReview");
        }
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new DomainException("post", "field.required");
        }
        if (text.length() > MAX_POST) {
            throw new DomainException("post", "field.tooLong", MAX_POST);
        }
        reviews.add(new DiscussionPost(a.getSubmissionId(), actor.accountId(), text, clock.instant()));
    }

    /** Drops the reviews written for an assignment that is being removed (the pipeline refuses it once one is submitted). */
    public void onWithdrawn(@Observes AssignmentWithdrawn e) {
        reviews.removeAllOf(e.assignmentId());
    }

    /** The assignment, if it is the actor's and the submission is still theirs to see; "not found" otherwise. */
    private Assignment own(Actor actor, Long assignmentId) {
        if (actor == null || actor.isVisitor()) {
            throw new DomainException(null, "auth.required");
        }
        return assignments.byId(assignmentId).filter(x -> x.getAccountId().equals(actor.accountId()))
                .orElseThrow(() -> new DomainException(null, "review.notFound"));
    }

    /** Scores are reported on the field "scores", naming the criterion in the reader's language. */
    static void check(ReviewFormDefinition d, ReviewKind kind, ReviewContent c, boolean complete, Language reader) {
        Violations v = new Violations();
        if (kind == ReviewKind.REVIEW) {
            for (Map.Entry<String, Integer> e : c.scores().entrySet()) {
                Optional<Criterion> criterion = d.criterion(e.getKey());
                if (criterion.isEmpty()) {
                    v.add("scores", "review.unknownCriterion", e.getKey());
                } else if (e.getValue() != null && !criterion.get().accepts(e.getValue())) {
                    v.add("scores", "review.scoreOutOfScale", criterion.get().label(reader), criterion.get().max());
                }
            }
            if (complete) {
                for (Criterion criterion : d.criteria()) {
                    if (criterion.required() && c.scores().get(criterion.key()) == null) {
                        v.add("scores", "review.scoreRequired", criterion.label(reader));
                    }
                }
            }
            checkPoint(v, "confidence", c.confidence(), d.confidence(), complete);
        } else if (!c.scores().isEmpty()) {
            v.add(null, "review.metaHasNoScores");
        }
        checkPoint(v, "recommendation", c.recommendation(), d.recommendation(), complete);
        if (complete && c.toAuthors().isBlank()) {
            v.add("toAuthors", "field.required");
        }
        if (c.toAuthors().length() > MAX_TEXT) {
            v.add("toAuthors", "field.tooLong", MAX_TEXT);
        }
        if (c.toCommittee().length() > MAX_TEXT) {
            v.add("toCommittee", "field.tooLong", MAX_TEXT);
        }
        v.throwIfAny();
    }

    private static void checkPoint(Violations v, String field, Integer value, List<ScalePoint> scale, boolean complete) {
        if (value == null) {
            if (complete && !scale.isEmpty()) {
                v.add(field, "field.required");
            }
        } else if (scale.stream().noneMatch(p -> p.value() == value)) {
            v.add(field, "review.outOfScale", 1, scale.size());
        }
    }

    private static ReviewViews.Own own(Review r) {
        return new ReviewViews.Own(r.content(), r.getState(), r.getVersion(), r.getUpdatedAt());
    }

    static ReviewViews.Form localise(ReviewFormDefinition d, Language reader) {
        return new ReviewViews.Form(
                d.criteria().stream().map(c -> new ReviewViews.Field(c.key(), c.label(reader), points(c.scale(), reader),
                        c.weight(), c.required())).toList(),
                points(d.recommendation(), reader), points(d.confidence(), reader));
    }

    private static List<ReviewViews.Point> points(List<ScalePoint> scale, Language reader) {
        return scale.stream().map(p -> new ReviewViews.Point(p.value(), p.label(reader))).toList();
    }
}
