package org.samling.review.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Bid;
import org.samling.review.model.BidPreference;
import org.samling.review.model.Committee;
import org.samling.shared.DomainException;
import org.samling.submission.model.PdfFacts;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.Submissions;
import org.samling.submission.service.PdfFile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Bidding: a committee member sees the submissions they may see, blinded, filters them by words
 * and track, and bids on each. A CONFLICT bid declares a conflict: the submission is gone from
 * their sheet (and from everything else) from then on.
 */
@Stateless
public class BiddingService {

    @Inject
    ReviewPolicy policy;
    @Inject
    ConflictService conflicts;
    @Inject
    Committee committee;
    @Inject
    Submissions submissions;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;

    /** The reviewer's sheet; {@code query} matches title, abstract and keywords (case and Nordic letters as typed). */
    public BiddingSheet sheet(Actor actor, String acronym, String query, Long trackId, Language reader) {
        CallDetails call = conferences.callDetails(acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Long conferenceId = call.conference().id();
        Account me = accounts.require(actor);
        if (!policy.isCommitteeMember(actor, conferenceId)) {
            throw new DomainException(null, "auth.forbidden");
        }
        Set<Long> conflicted = conflicts.conflictedFor(conferenceId, me);
        Map<Long, BidPreference> bids = committee.bidsOf(conferenceId, me.getId()).stream()
                .collect(Collectors.toMap(Bid::getSubmissionId, Bid::getPreference));
        Map<Long, String> tracks = call.tracks().stream()
                .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
        Map<Long, CallDetails.TypeView> types = call.types().stream()
                .collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity()));
        Map<Long, PdfFacts> pdfs = submissions.pdfFactsOfConference(conferenceId).stream()
                .collect(Collectors.toMap(PdfFacts::submissionId, Function.identity()));
        List<BlindSubmission> visible = new ArrayList<>();
        for (Submission s : submissions.ofConference(conferenceId)) {
            if (policy.canReview(actor, s, conflicted)) {
                visible.add(blind(s, tracks, types, bids.get(s.getId()), pdfs.get(s.getId())));
            }
        }
        int bidOn = (int) visible.stream().filter(b -> b.bid() != null).count();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<BlindSubmission> shown = visible.stream()
                .filter(b -> trackId == null || trackId.equals(b.trackId()))
                .filter(b -> q.isEmpty() || (b.title() + " " + b.abstractText() + " " + b.keywordLine())
                        .toLowerCase(Locale.ROOT).contains(q))
                .toList();
        return new BiddingSheet(shown, bidOn, visible.size());
    }

    /** Records (or changes) a bid; a submission the reviewer may not see answers as if it did not exist. */
    public void bid(Actor actor, Long submissionId, BidPreference preference) {
        Account me = accounts.require(actor);
        reviewable(actor, submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        if (preference == null) {
            throw new DomainException("bid", "field.required");
        }
        committee.bid(submissionId, me.getId()).ifPresentOrElse(b -> b.change(preference, clock.instant()),
                () -> committee.add(new Bid(submissionId, me.getId(), preference, clock.instant())));
    }

    /**
     * The reviewers' copy of a submission's PDF (document properties removed at upload), for a
     * committee member who may see the submission, unless its text names its authors (then it is
     * withheld, see {@link ReviewPolicy#canSeePdf}); empty for anyone else, as if there were none.
     */
    public Optional<PdfFile> blindPdf(Actor actor, Long submissionId) {
        return reviewable(actor, submissionId).flatMap(s -> submissions.pdfOf(s.getId()))
                .filter(p -> ReviewPolicy.canSeePdf(p.findings()))
                .map(p -> new PdfFile("submission-" + submissionId + ".pdf", p.getSanitised()));
    }

    /** One submission as the committee sees it, if the actor may review it; empty otherwise. */
    public Optional<BlindSubmission> blindView(Actor actor, Long submissionId, Language reader) {
        return reviewable(actor, submissionId).map(s -> {
            CallDetails call = conferences.callDetails(conferences.byId(s.getConferenceId(), reader).orElseThrow().acronym(),
                    reader).orElseThrow();
            Map<Long, String> tracks = call.tracks().stream()
                    .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
            Map<Long, CallDetails.TypeView> types = call.types().stream()
                    .collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity()));
            PdfFacts pdf = submissions.pdfFactsOfConference(s.getConferenceId()).stream()
                    .filter(p -> p.submissionId().equals(s.getId())).findFirst().orElse(null);
            return blind(s, tracks, types, null, pdf);
        });
    }

    /** The submission, if the actor may review it: on its committee, submitted, no conflict in force. */
    private Optional<Submission> reviewable(Actor actor, Long submissionId) {
        if (actor == null || actor.isVisitor()) {
            return Optional.empty();
        }
        return submissions.byId(submissionId)
                .filter(s -> policy.isCommitteeMember(actor, s.getConferenceId()))
                .filter(s -> policy.canReview(actor, s, conflicts.conflictedFor(s.getConferenceId(), accounts.require(actor))));
    }

    private static BlindSubmission blind(Submission s, Map<Long, String> tracks, Map<Long, CallDetails.TypeView> types,
            BidPreference bid, PdfFacts pdf) {
        SubmissionContent c = s.content();
        CallDetails.TypeView type = types.get(c.typeId());
        return new BlindSubmission(s.getId(), c.title(), c.abstractText(), c.keywords(), c.language(), c.trackId(),
                tracks.getOrDefault(c.trackId(), ""), type == null ? null : type.kind().name(),
                type == null ? 0 : type.minutes(), bid, pdf != null && ReviewPolicy.canSeePdf(pdf.findings()),
                pdf != null && !ReviewPolicy.canSeePdf(pdf.findings()));
    }
}
