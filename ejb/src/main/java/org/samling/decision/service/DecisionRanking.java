package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.Outcome;
import org.samling.decision.model.ScoreStats;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.review.model.Reviews;
import org.samling.review.service.ReviewPolicy;
import org.samling.review.service.ReviewService;
import org.samling.submission.model.PdfFacts;
import org.samling.submission.model.Submission;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chairs' ranking of the submissions under review: score statistics per submission, accepted
 * per type against its capacity, decisions per track, the scores' spread, reviews over time, and
 * the waiting list's offer for an accepted submission withdrawn.
 */
@Stateless
public class DecisionRanking {

    @Inject
    Decisions decisions;
    @Inject
    Submissions submissions;
    @Inject
    Assignments assignments;
    @Inject
    Reviews reviews;
    @Inject
    ReviewService reviewService;
    @Inject
    ConferenceService conferences;
    @Inject
    Clock clock;

    public DecisionViews.Ranking ranking(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        CallDetails call = conferences.callDetails(acronym, reader).orElseThrow();
        Map<Long, String> tracks = call.tracks().stream()
                .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
        Map<Long, CallDetails.TypeView> types = call.types().stream()
                .collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity()));
        Map<Long, Decision> decided = decisions.ofConference(c.id()).stream()
                .collect(Collectors.toMap(Decision::getSubmissionId, Function.identity()));
        Map<Long, PdfFacts> pdfs = submissions.pdfFactsOfConference(c.id()).stream()
                .collect(Collectors.toMap(PdfFacts::submissionId, Function.identity()));
        Map<Long, List<Assignment>> bySubmission = assignments.ofConference(c.id()).stream()
                .collect(Collectors.groupingBy(Assignment::getSubmissionId));
        Map<Long, List<Review>> reviewsByAssignment = reviews.ofAssignments(bySubmission.values().stream().flatMap(List::stream)
                .map(Assignment::getId).toList()).stream().collect(Collectors.groupingBy(Review::getAssignmentId));
        ReviewFormDefinition form = reviewService.formOf(c.id()).definition();
        List<DecisionViews.Row> rows = new ArrayList<>();
        Map<String, Long> accepted = new LinkedHashMap<>();
        call.types().forEach(t -> accepted.put(t.kind().name(), 0L));
        long pending = 0;
        for (Submission s : submissions.ofConference(c.id())) {
            if (!s.getState().underReview()) {
                continue;
            }
            List<Assignment> as = bySubmission.getOrDefault(s.getId(), List.of());
            List<ScoreStats.Score> scores = new ArrayList<>();
            for (Assignment a : as) {
                for (Review r : reviewsByAssignment.getOrDefault(a.getId(), List.of())) {
                    if (r.getKind() == ReviewKind.REVIEW && r.getState() == ReviewState.SUBMITTED) {
                        scores.add(ScoreStats.Score.of(form, r.content()));
                    }
                }
            }
            Decision d = decided.get(s.getId());
            CallDetails.TypeView type = types.get(s.getTypeId());
            CallDetails.TypeView acceptedAs = d == null || d.getAcceptedTypeId() == null
                    ? type
                    : types.get(d.getAcceptedTypeId());
            if (d != null && d.getOutcome() == Outcome.ACCEPT && acceptedAs != null) {
                accepted.merge(acceptedAs.kind().name(), 1L, Long::sum);
            }
            if (d != null && d.pending()) {
                pending++;
            }
            PdfFacts pdf = pdfs.get(s.getId());
            rows.add(new DecisionViews.Row(s.getId(), s.getTitle(), tracks.getOrDefault(s.getTrackId(), ""),
                    type == null ? null : type.kind().name(),
                    s.content().language() == null ? null : s.content().language().name(),
                    pdf != null && !ReviewPolicy.canSeePdf(pdf.findings()), scores.size(), as.size(), ScoreStats.of(scores),
                    d == null ? null : d.getOutcome(), d == null || acceptedAs == null ? null : acceptedAs.kind().name(),
                    d != null && d.getNotifiedAt() != null, d != null && d.pending(), d == null ? "" : d.getNote(),
                    d == null ? null : d.getPresenterName(), d == null ? null : d.getAttending()));
        }
        LocalDate notification = conferences.callOf(c.id()).map(Call::getNotificationDate).orElse(null);
        Map<String, Integer> capacity = new HashMap<>();
        for (CallDetails.TypeView t : call.types()) {
            if (t.capacity() != null) {
                capacity.merge(t.kind().name(), t.capacity(), Integer::sum);
            }
        }
        return new DecisionViews.Ranking(rows, accepted.entrySet().stream()
                .map(e -> new DecisionViews.Accepted(e.getKey(), e.getValue(), capacity.get(e.getKey()))).toList(), pending,
                DecisionService.mayNotify(clock, c, notification), notification, histogram(rows), perTrack(call, rows),
                overTime(reviewsByAssignment, c.zone()), offers(decided, tracks, rows));
    }

    /** Submissions by mean score, in tenths of the scale. */
    private static List<Integer> histogram(List<DecisionViews.Row> rows) {
        int[] histogram = new int[10];
        for (DecisionViews.Row r : rows) {
            if (r.stats().mean() != null) {
                histogram[Math.min(9, (int) (r.stats().mean() / 10))]++;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int h : histogram) {
            out.add(h);
        }
        return out;
    }

    /** Accepted, rejected, waitlisted and undecided per track. */
    private static List<DecisionViews.TrackCount> perTrack(CallDetails call, List<DecisionViews.Row> rows) {
        Map<String, long[]> perTrack = new LinkedHashMap<>();
        call.tracks().forEach(t -> perTrack.put(t.name(), new long[4]));
        for (DecisionViews.Row r : rows) {
            long[] counts = perTrack.computeIfAbsent(r.track(), k -> new long[4]);
            counts[r.decision() == null ? 3 : r.decision().ordinal()]++;
        }
        return perTrack.entrySet().stream().map(e -> new DecisionViews.TrackCount(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[2], e.getValue()[3])).toList();
    }

    /** Reviews submitted so far, day by day in the conference's zone. */
    private static List<DecisionViews.DayCount> overTime(Map<Long, List<Review>> reviewsByAssignment, ZoneId zone) {
        TreeMap<LocalDate, Long> perDay = new TreeMap<>();
        reviewsByAssignment.values().stream().flatMap(List::stream)
                .filter(r -> r.getKind() == ReviewKind.REVIEW && r.getSubmittedAt() != null)
                .forEach(r -> perDay.merge(LocalDate.ofInstant(r.getSubmittedAt(), zone), 1L, Long::sum));
        List<DecisionViews.DayCount> overTime = new ArrayList<>();
        long running = 0;
        for (Map.Entry<LocalDate, Long> e : perDay.entrySet()) {
            running += e.getValue();
            overTime.add(new DecisionViews.DayCount(e.getKey(), running));
        }
        return overTime;
    }

    /** For each accepted submission withdrawn: the best-scored waitlisted submission of its track. */
    private List<DecisionViews.Offer> offers(Map<Long, Decision> decided, Map<Long, String> tracks,
            List<DecisionViews.Row> rows) {
        List<DecisionViews.Offer> offers = new ArrayList<>();
        for (Decision d : decided.values()) {
            if (d.getWithdrawnAt() == null) {
                continue;
            }
            Submission gone = submissions.byId(d.getSubmissionId()).orElseThrow();
            String track = tracks.getOrDefault(gone.getTrackId(), "");
            Optional<DecisionViews.Row> next = rows.stream()
                    .filter(r -> r.decision() == Outcome.WAITLIST && r.track().equals(track))
                    .max(Comparator.comparing(r -> r.stats().mean() == null ? -1.0 : r.stats().mean()));
            offers.add(new DecisionViews.Offer(gone.getId(), gone.getTitle(), track, next.map(DecisionViews.Row::id).orElse(null),
                    next.map(DecisionViews.Row::title).orElse(null), next.map(r -> r.stats().mean()).orElse(null)));
        }
        return offers;
    }
}
