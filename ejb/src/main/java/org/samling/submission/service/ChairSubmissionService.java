package org.samling.submission.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.service.AccountService;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.Author;
import org.samling.submission.model.ExtensionGranted;
import org.samling.submission.model.PdfFacts;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionExtension;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A chair's use cases on the submissions of their conference: the list with authors, PDF facts
 * and anonymity flags, and individual extensions (granted with a reason, every grant logged,
 * the owner told by mail). Every call asks {@link SubmissionPolicy#canManage}.
 */
@Stateless
public class ChairSubmissionService {

    /** The longest extension a chair may grant past the call's close: a call is not reopened this way. */
    static final int MAX_EXTENSION_DAYS = 60;

    @Inject
    Submissions submissions;
    @Inject
    SubmissionPolicy policy;
    @Inject
    ConferenceService conferences;
    @Inject
    AccountService accounts;
    @Inject
    Clock clock;
    @Inject
    Event<ExtensionGranted> extensionGranted;
    @Inject
    Event<Audited> audited;

    /** Every submission to the conference, drafts included, in the order they were started. */
    public List<ChairSubmissionRow> all(Actor actor, String acronym, Language reader) {
        CallDetails details = conferences.callDetails(acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Long conferenceId = details.conference().id();
        requireChair(actor, conferenceId);
        Call call = conferences.callOf(conferenceId).orElseThrow();
        Map<Long, String> tracks = details.tracks().stream()
                .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name));
        Map<Long, CallDetails.TypeView> types = details.types().stream()
                .collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity()));
        Map<Long, PdfFacts> pdfs = submissions.pdfFactsOfConference(conferenceId).stream()
                .collect(Collectors.toMap(PdfFacts::submissionId, Function.identity()));
        return submissions.ofConference(conferenceId).stream()
                .map(s -> row(s, details, call, tracks, types, pdfs.get(s.getId()))).toList();
    }

    private static ChairSubmissionRow row(Submission s, CallDetails details, Call call, Map<Long, String> tracks,
            Map<Long, CallDetails.TypeView> types, PdfFacts pdf) {
        CallDetails.TypeView type = types.get(s.getTypeId());
        return new ChairSubmissionRow(s.getId(), s.getTitle(),
                s.getAuthors().stream().map(ChairSubmissionService::byline).toList(), s.getState(),
                tracks.getOrDefault(s.getTrackId(), ""), type == null ? null : type.kind().name(),
                s.content().language(), s.getSubmittedAt(), s.getUpdatedAt(),
                pdf == null ? null : pdf.pages(), pdf == null ? List.of() : pdf.findings(),
                s.getExtendedUntil(), s.closesAt(call.getDeadline()), details.conference().zone(),
                s.getState().editable());
    }

    /** One submission as its conference's chairs read it: the list's line, the abstract and keywords, the conference. */
    public record Detail(ChairSubmissionRow row, String abstractText, List<String> keywords, String acronym,
            String conferenceName) {
    }

    public Detail one(Actor actor, Long id, Language reader) {
        Submission s = submissions.byId(id).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        if (s.getState() == SubmissionState.DRAFT) {
            throw new DomainException(null, "submission.notFound");
        }
        requireChair(actor, s.getConferenceId());
        String acronym = conferences.byId(s.getConferenceId(), reader).orElseThrow().acronym();
        CallDetails details = conferences.callDetails(acronym, reader).orElseThrow();
        Call call = conferences.callOf(s.getConferenceId()).orElseThrow();
        PdfFacts pdf = submissions.pdfFactsOfConference(s.getConferenceId()).stream()
                .filter(p -> p.submissionId().equals(id)).findFirst().orElse(null);
        ChairSubmissionRow row = row(s, details, call, details.tracks().stream()
                .collect(Collectors.toMap(CallDetails.TrackView::id, CallDetails.TrackView::name)),
                details.types().stream().collect(Collectors.toMap(CallDetails.TypeView::id, Function.identity())), pdf);
        return new Detail(row, s.content().abstractText(), s.content().keywords(), acronym, details.conference().name());
    }

    private static String byline(Author a) {
        return a.getAffiliation() == null || a.getAffiliation().isBlank()
                ? a.getName()
                : a.getName() + " (" + a.getAffiliation() + ")";
    }

    /**
     * Lets one submission change until {@code until}, later than the call's close (at most
     * {@value #MAX_EXTENSION_DAYS} days later), for a stated reason. The grant is logged for good;
     * the owner gets a mail. A later grant replaces the one in force.
     */
    public void grantExtension(Actor actor, Long submissionId, Instant until, String reason, Language reader) {
        Submission s = submissions.byId(submissionId)
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        requireChair(actor, s.getConferenceId());
        Call call = conferences.callOf(s.getConferenceId()).orElseThrow();
        var zone = call.getConference().zone();
        Violations v = new Violations();
        if (until == null) {
            v.add("until", "field.required");
        } else if (!until.isAfter(call.closesAt())) {
            v.add("until", "extension.notAfterDeadline", Messages.dateTime(reader.locale(), call.closesAt(), zone));
        } else if (until.isAfter(call.closesAt().plus(Duration.ofDays(MAX_EXTENSION_DAYS)))) {
            v.add("until", "extension.tooLong", MAX_EXTENSION_DAYS);
        } else if (!until.isAfter(clock.instant())) {
            v.add("until", "extension.inThePast");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            v.add("reason", "field.required");
        } else if (why.length() > 1000) {
            v.add("reason", "field.tooLong", 1000);
        }
        if (!s.getState().editable()) {
            v.add(null, "extension.notChangeable");
        }
        v.throwIfAny();
        Instant now = clock.instant();
        audited.fire(Audited.of(AuditKind.SUBMISSION_EXTENDED, actor.accountId(), s.getConferenceId())
                .onSubmission(s.getId()).change("until", s.getExtendedUntil(), until));
        s.extendUntil(until);
        submissions.add(new SubmissionExtension(s.getId(), until, why, actor.accountId(), now));
        Account owner = accounts.find(s.getOwnerId()).orElseThrow();
        extensionGranted.fire(new ExtensionGranted(s.getId(), s.getConferenceId(), call.getConference().getName(),
                s.getTitle(), owner.getEmail(), owner.getName(), owner.getLanguage(), until, zone));
    }

    /** The log of extensions granted to one submission, the latest first. */
    public List<ExtensionView> extensions(Actor actor, Long submissionId) {
        Submission s = submissions.byId(submissionId)
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        requireChair(actor, s.getConferenceId());
        return submissions.extensionsOf(submissionId).stream().map(e -> new ExtensionView(e.getUntil(), e.getReason(),
                accounts.find(e.getGrantedBy()).map(Account::getName).orElse("?"), e.getGrantedAt())).toList();
    }

    private void requireChair(Actor actor, Long conferenceId) {
        if (!policy.canManage(actor, conferenceId)) {
            throw new DomainException(null, "auth.forbidden");
        }
    }
}
