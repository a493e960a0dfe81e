package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.review.model.Assignment;
import org.samling.review.model.Assignments;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.DecisionMailed;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.Outcome;
import org.samling.decision.model.ScoreStats;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.review.model.Review;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewFormDefinition;
import org.samling.review.model.ReviewKind;
import org.samling.review.model.ReviewState;
import org.samling.review.model.Reviews;
import org.samling.review.service.ReviewPolicy;
import org.samling.review.service.ReviewReading;
import org.samling.review.service.ReviewService;
import org.samling.shared.DomainException;
import org.samling.shared.Environment;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.PdfFacts;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;
import org.samling.submission.service.SubmissionPolicy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The chairs' side of the end of review: the ranking of the submissions under review with their
 * score statistics, decisions one by one or in bulk (changed freely until the authors are told;
 * after that only when confirmed, and told again), telling every author in their language (on or
 * after the call's notification date), and what an author then sees: the decision and the reviews'
 * comments to the authors, never a reviewer's name or a comment meant for the committee.
 */
@Stateless
public class DecisionService {

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
    SubmissionPolicy submissionPolicy;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Event<DecisionMailed> mailed;
    @Inject
    DecisionTemplates templates;
    @Inject
    Clock clock;
    @Inject
    jakarta.enterprise.event.Event<org.samling.submission.model.SubmissionFactsChanged> factsChanged;

    public DecisionViews.Ranking ranking(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        CallDetails call = conferences.callDetails(acronym, reader).orElseThrow();
        Map<Long, String> tracks = call.tracks().stream().collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
        Map<Long, CallDetails.TypeView> types = call.types().stream().collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity()));
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
            CallDetails.TypeView acceptedAs = d == null || d.getAcceptedTypeId() == null ? type : types.get(d.getAcceptedTypeId());
            if (d != null && d.getOutcome() == Outcome.ACCEPT && acceptedAs != null) {
                accepted.merge(acceptedAs.kind().name(), 1L, Long::sum);
            }
            if (d != null && d.pending()) {
                pending++;
            }
            PdfFacts pdf = pdfs.get(s.getId());
            rows.add(new DecisionViews.Row(s.getId(), s.getTitle(), tracks.getOrDefault(s.getTrackId(), ""),
                    type == null ? null : type.kind().name(), s.content().language() == null ? null : s.content().language().name(),
                    pdf != null && !ReviewPolicy.canSeePdf(pdf.findings()), scores.size(), as.size(), ScoreStats.of(scores),
                    d == null ? null : d.getOutcome(), d == null || acceptedAs == null ? null : acceptedAs.kind().name(),
                    d != null && d.getNotifiedAt() != null, d != null && d.pending(), d == null ? "" : d.getNote(),
                    d == null ? null : d.getPresenterName(), d == null ? null : d.getAttending()));
        }
        LocalDate notification = conferences.callOf(c.id()).map(Call::getNotificationDate).orElse(null);
        int[] histogram = new int[10];
        for (DecisionViews.Row r : rows) {
            if (r.stats().mean() != null) {
                histogram[Math.min(9, (int) (r.stats().mean() / 10))]++;
            }
        }
        Map<String, long[]> perTrack = new LinkedHashMap<>();
        call.tracks().forEach(t -> perTrack.put(t.name(), new long[4]));
        for (DecisionViews.Row r : rows) {
            long[] counts = perTrack.computeIfAbsent(r.track(), k -> new long[4]);
            counts[r.decision() == null ? 3 : r.decision().ordinal()]++;
        }
        java.util.TreeMap<LocalDate, Long> perDay = new java.util.TreeMap<>();
        reviewsByAssignment.values().stream().flatMap(List::stream)
                .filter(r -> r.getKind() == ReviewKind.REVIEW && r.getSubmittedAt() != null)
                .forEach(r -> perDay.merge(LocalDate.ofInstant(r.getSubmittedAt(), c.zone()), 1L, Long::sum));
        List<DecisionViews.DayCount> overTime = new ArrayList<>();
        long running = 0;
        for (Map.Entry<LocalDate, Long> e : perDay.entrySet()) {
            running += e.getValue();
            overTime.add(new DecisionViews.DayCount(e.getKey(), running));
        }
        List<Integer> hist = new ArrayList<>();
        for (int h : histogram) {
            hist.add(h);
        }
        List<DecisionViews.Offer> offers = new ArrayList<>();
        for (Decision d : decided.values()) {
            if (d.getWithdrawnAt() == null) {
                continue;
            }
            Submission gone = submissions.byId(d.getSubmissionId()).orElseThrow();
            String track = tracks.getOrDefault(gone.getTrackId(), "");
            Optional<DecisionViews.Row> next = rows.stream()
                    .filter(r -> r.decision() == Outcome.WAITLIST && r.track().equals(track))
                    .max(java.util.Comparator.comparing(r -> r.stats().mean() == null ? -1.0 : r.stats().mean()));
            offers.add(new DecisionViews.Offer(gone.getId(), gone.getTitle(), track, next.map(DecisionViews.Row::id).orElse(null),
                    next.map(DecisionViews.Row::title).orElse(null), next.map(r -> r.stats().mean()).orElse(null)));
        }
        Map<String, Integer> capacity = new java.util.HashMap<>();
        for (CallDetails.TypeView t : call.types()) {
            if (t.capacity() != null) {
                capacity.merge(t.kind().name(), t.capacity(), Integer::sum);
            }
        }
        return new DecisionViews.Ranking(rows, accepted.entrySet().stream()
                .map(e -> new DecisionViews.Accepted(e.getKey(), e.getValue(), capacity.get(e.getKey()))).toList(), pending, mayNotify(c, notification),
                notification, hist, perTrack.entrySet().stream().map(e -> new DecisionViews.TrackCount(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList(), overTime, offers);
    }

    private boolean mayNotify(ConferenceView c, LocalDate notification) {
        return notification == null || !LocalDate.now(clock.withZone(c.zone())).isBefore(notification);
    }

    /**
     * Decides for the given submissions; all or nothing. A change to what authors were already told
     * needs {@code confirm} (then they are told again at the next sending).
     */
    public int decide(Actor actor, String acronym, List<Long> submissionIds, Outcome outcome, Long acceptedTypeId,
                      String note, boolean confirm, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        if (submissionIds == null || submissionIds.isEmpty()) {
            throw new DomainException("selection", "decision.noneSelected");
        }
        if (outcome == null) {
            throw new DomainException("outcome", "field.required");
        }
        String why = note == null ? "" : note.strip();
        if (why.length() > 2000) {
            throw new DomainException("note", "field.tooLong", 2000);
        }
        if (acceptedTypeId != null && conferences.callDetails(acronym, reader).orElseThrow().types().stream()
                .noneMatch(t -> t.id().equals(acceptedTypeId))) {
            throw new DomainException("acceptedType", "decision.unknownType");
        }
        Instant now = clock.instant();
        int changesTold = 0;
        List<Decision> todo = new ArrayList<>();
        for (Long id : submissionIds) {
            Submission s = submissions.byId(id).filter(x -> x.getConferenceId().equals(c.id()))
                    .orElseThrow(() -> new DomainException(null, "submission.notFound"));
            if (!s.getState().underReview()) {
                throw new DomainException("selection", "decision.notUnderReview", s.getTitle());
            }
            Decision d = decisions.of(id).orElseGet(() -> new Decision(c.id(), id));
            if (d.changesWhatWasTold(outcome, outcome == Outcome.ACCEPT ? acceptedTypeId : null)) {
                changesTold++;
            }
            todo.add(d);
        }
        if (changesTold > 0 && !confirm) {
            throw new DomainException("confirm", "decision.confirmChange", changesTold);
        }
        for (Decision d : todo) {
            boolean fresh = d.getOutcome() == null;
            d.decide(outcome, acceptedTypeId, why, actor.accountId(), now);
            if (fresh) {
                decisions.add(d);
            }
            factsChanged.fire(new org.samling.submission.model.SubmissionFactsChanged(d.getSubmissionId()));
        }
        return todo.size();
    }

    /** The mails one submission's authors would get now (or did get last). */
    public List<DecisionViews.Mail> preview(Actor actor, Long submissionId, Language reader) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        ConferenceView c = conferences.chaired(actor, s.getConferenceId(), reader);
        Decision d = decisions.of(submissionId).orElseThrow(() -> new DomainException(null, "decision.notDecided"));
        return mails(s, d, c);
    }

    /** Tells the authors of every decision not told yet (or changed since); returns how many mails. */
    public int send(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        LocalDate notification = conferences.callOf(c.id()).map(Call::getNotificationDate).orElse(null);
        if (!mayNotify(c, notification)) {
            throw new DomainException(null, "decision.beforeNotificationDate", notification.toString());
        }
        int mails = 0;
        Instant now = clock.instant();
        for (Decision d : decisions.ofConference(c.id())) {
            if (!d.pending()) {
                continue;
            }
            Submission s = submissions.byId(d.getSubmissionId()).orElseThrow();
            if (s.getState() == SubmissionState.WITHDRAWN) {
                continue;
            }
            for (DecisionViews.Mail m : mails(s, d, c)) {
                mailed.fire(new DecisionMailed(c.id(), m.to(), Language.fromTag(m.language()).orElse(Language.EN), template(d),
                        m.subject(), m.body()));
                mails++;
            }
            s.decided(d.getOutcome().state(), now);
            d.told(now);
        }
        return mails;
    }

    /**
     * The authors withdraw their accepted submission (recorded with the decision); the chairs are
     * then offered the best-scored waitlisted submission of the same track on their ranking.
     */
    public void withdrawAccepted(Actor actor, Long submissionId, Language reader) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        if (!submissionPolicy.isAuthor(actor, s)) {
            throw new DomainException(null, "submission.notFound");
        }
        if (s.getState() != SubmissionState.ACCEPTED) {
            throw new DomainException(null, "decision.withdrawOnlyAccepted");
        }
        Instant now = clock.instant();
        s.withdraw(now);
        decisions.of(submissionId).ifPresent(d -> d.withdrawn(now));
    }

    /** The decision and the reviews' comments to the authors, for the submission's own authors once they are told. */
    public DecisionViews.ForAuthor forAuthor(Actor actor, Long submissionId, Language reader) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        Optional<Decision> d = decisions.of(submissionId).filter(x -> x.getNotifiedAt() != null);
        if (!submissionPolicy.isAuthor(actor, s) || d.isEmpty()) {
            throw new DomainException(null, "submission.notFound");
        }
        ConferenceView c = conferences.byId(s.getConferenceId(), reader).orElseThrow();
        Decision told = d.get();
        Call call = conferences.callOf(c.id()).orElse(null);
        List<String> names = s.getAuthors().stream().map(Author::getName).toList();
        int presenter = presenterIndex(s, told);
        return new DecisionViews.ForAuthor(s.getId(), s.getTitle(), c.name(), told.getNotifiedOutcome(),
                acceptedAs(s, told, reader), reviews(s, reader), call == null ? null : call.getFinalVersionDeadline(), c.zone(),
                s.getState() == SubmissionState.WITHDRAWN, names,
                new DecisionViews.Confirmation(presenter, told.getAttending(), told.getConfirmedAt()),
                submissionPolicy.finalVersionOpen(s, call, clock.instant()), submissionPolicy.isOwner(actor, s));
    }

    /** The confirmed presenter's position among the authors, else the one marked presenting on the submission, else the first. */
    private static int presenterIndex(Submission s, Decision d) {
        List<Author> authors = s.getAuthors();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            if (d.getPresenterName() != null ? d.getPresenterName().equals(a.getName())
                    && java.util.Objects.equals(d.getPresenterEmail(), a.getEmail()) : a.isPresenting()) {
                return i;
            }
        }
        return 0;
    }

    /**
     * The accepted authors confirm who of them presents (by position in the author list) and
     * whether they will come; they may answer again until the final-version deadline. Any of the
     * submission's authors may answer; the chairs see it on their ranking.
     */
    public void confirm(Actor actor, Long submissionId, Integer presenter, Boolean attending, Language reader) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        Decision d = decisions.of(submissionId).filter(x -> x.getNotifiedAt() != null).orElse(null);
        if (!submissionPolicy.isAuthor(actor, s) || d == null) {
            throw new DomainException(null, "submission.notFound");
        }
        if (s.getState() != SubmissionState.ACCEPTED || d.getNotifiedOutcome() != Outcome.ACCEPT) {
            throw new DomainException(null, "finalVersion.onlyAccepted");
        }
        Call call = conferences.callOf(s.getConferenceId()).orElseThrow();
        submissionPolicy.requireFinalVersionOpen(s, call, clock.instant(), reader);
        org.samling.shared.Violations v = new org.samling.shared.Violations();
        if (presenter == null || presenter < 0 || presenter >= s.getAuthors().size()) {
            v.add("presenter", "finalVersion.choosePresenter");
        }
        if (attending == null) {
            v.add("attending", "finalVersion.sayAttending");
        }
        v.throwIfAny();
        Author a = s.getAuthors().get(presenter);
        d.confirm(a.getName(), a.getEmail(), attending, clock.instant());
    }

    private String acceptedAs(Submission s, Decision d, Language reader) {
        if (d.getOutcome() != Outcome.ACCEPT) {
            return null;
        }
        Long typeId = d.getAcceptedTypeId() == null ? s.getTypeId() : d.getAcceptedTypeId();
        ConferenceView c = conferences.byId(s.getConferenceId(), reader).orElseThrow();
        return conferences.callDetails(c.acronym(), reader).orElseThrow().types().stream().filter(t -> t.id().equals(typeId))
                .findFirst().map(t -> Messages.get(reader, "submission.kind." + t.kind().name())).orElse(null);
    }

    /**
     * What the authors may read of the reviews (ReviewPolicy.forAuthors and authorsSeeScores):
     * "Review 1", "Review 2" with their comments to the authors and, if the chairs show them, the
     * scores by criterion and the recommendation; then the meta-review.
     */
    List<DecisionViews.AuthorReview> reviews(Submission s, Language language) {
        List<Long> ids = assignments.ofSubmission(s.getId()).stream().map(Assignment::getId).toList();
        org.samling.review.model.ReviewForm form = reviewService.formOf(s.getConferenceId());
        ReviewFormDefinition definition = form.definition();
        List<DecisionViews.AuthorReview> out = new ArrayList<>();
        int n = 0;
        DecisionViews.AuthorReview meta = null;
        for (Review r : reviews.ofAssignments(ids)) {
            Optional<String> text = ReviewPolicy.forAuthors(r);
            List<String> scores = ReviewPolicy.authorsSeeScores(r, form) ? scoreLines(r.content(), definition, language) : List.of();
            if (text.isEmpty() && scores.isEmpty()) {
                continue;
            }
            if (r.getKind() == ReviewKind.META) {
                meta = new DecisionViews.AuthorReview(Messages.get(language, "decision.metaReview"), text.orElse(""), scores);
            } else {
                out.add(new DecisionViews.AuthorReview(Messages.get(language, "decision.review", ++n), text.orElse(""), scores));
            }
        }
        if (meta != null) {
            out.add(meta);
        }
        return out;
    }

    /** The score lines as the chairs read them, then "Recommendation: Accept". */
    private static List<String> scoreLines(ReviewContent rc, ReviewFormDefinition form, Language l) {
        List<String> lines = new ArrayList<>(ReviewReading.scoreLines(rc, form, l));
        if (rc.recommendation() != null) {
            form.recommendation().stream().filter(p -> p.value() == rc.recommendation()).findFirst()
                    .ifPresent(p -> lines.add(Messages.get(l, "decision.recommendationLine", p.label(l))));
        }
        return lines;
    }

    private List<DecisionViews.Mail> mails(Submission s, Decision d, ConferenceView c) {
        List<DecisionViews.Mail> out = new ArrayList<>();
        for (Author a : s.getAuthors()) {
            if (a.getEmail() == null || a.getEmail().isBlank()) {
                continue;
            }
            Language l = languageOf(a.getEmail(), s.content().language());
            String[] text = templates.fill(c.id(), template(d), l, args(s, d, c, l, a.getEmail()));
            out.add(new DecisionViews.Mail(a.getEmail(), l.code(), text[0], text[1]));
        }
        return out;
    }

    private static String template(Decision d) {
        return switch (d.getOutcome()) {
            case ACCEPT -> "decisionAccept";
            case REJECT -> "decisionReject";
            case WAITLIST -> "decisionWaitlist";
        };
    }

    /** {0} author, {1} title, {2} conference, {3} accepted as, {4} comments, {5} final-version deadline, {6} link, {7} correction line. */
    private Object[] args(Submission s, Decision d, ConferenceView c, Language l, String email) {
        String name = s.getAuthors().stream().filter(a -> email.equalsIgnoreCase(a.getEmail())).findFirst()
                .map(Author::getName).orElse(email);
        String comments = String.join("\n\n", reviews(s, l).stream().map(DecisionViews.AuthorReview::asText).toList());
        Instant due = conferences.callOf(c.id()).map(Call::getFinalVersionDeadline).orElse(null);
        String dueText = due == null ? "" : Messages.dateTime(l.locale(), due, c.zone());
        String acceptedAs = acceptedAs(s, d, l);
        return new Object[]{name, s.getTitle(), c.name(), acceptedAs == null ? "" : acceptedAs,
                comments.isBlank() ? Messages.get(l, "decision.noComments") : comments, dueText,
                Environment.baseUrl() + "/author/decision.xhtml?id=" + s.getId(),
                d.correction() ? Messages.get(l, "decision.correctionLine") + "\n\n" : ""};
    }

    /** The author's own language if they have an account, else the abstract's, else English. */
    private Language languageOf(String email, AbstractLanguage abstractLanguage) {
        Optional<Account> a = accounts.findByEmail(email);
        if (a.isPresent() && a.get().getLanguage() != null) {
            return a.get().getLanguage();
        }
        return abstractLanguage == null ? Language.EN : Language.fromTag(abstractLanguage.name()).orElse(Language.EN);
    }
}
