package org.samling.submission.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallDetails;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.model.PdfPolicy;
import org.samling.conference.service.ConferenceService;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.identity.model.Role;
import org.samling.identity.service.AccountService;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.shared.Text;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.model.SubmissionFactsChanged;
import org.samling.submission.model.SubmissionPdf;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An author's use cases: save a draft, submit, change a submitted abstract, withdraw, list their
 * own, send the final version of an accepted one. Every change is refused after the deadline (plus
 * grace; for a final version the final-version deadline) with the deadline in the message, and
 * leaves what was saved before untouched.
 */
@Stateless
public class SubmissionService {

    /** A PDF's file name as kept (the column holds 255): a longer one is refused at the PDF field. */
    public static final int MAX_FILE_NAME = 200;

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
    SubmissionNotices notices;
    @Inject
    Event<SubmissionFactsChanged> factsChanged;
    @Inject
    Event<Audited> audited;

    /**
     * Saves the content of a new ({@code id == null}) or existing submission; with {@code submit}
     * it is submitted too. A submitted one stays submitted and must stay complete. Returns its id.
     */
    public Long save(Actor actor, String acronym, Long id, SubmissionContent content, boolean submit, Language reader) {
        return save(actor, acronym, id, null, content, submit, reader);
    }

    /**
     * As above, for a form that loaded version {@code expectedVersion} of the submission: if it
     * changed since (another tab, another device), the save is refused with a message saying when,
     * and nothing is overwritten; the form keeps what was typed. {@code null} skips the check.
     */
    public Long save(Actor actor, String acronym, Long id, Long expectedVersion, SubmissionContent content, boolean submit,
            Language reader) {
        Account owner = accounts.require(actor);
        CallDetails details = conferences.callDetails(acronym, reader)
                .orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Long conferenceId = details.conference().id();
        Instant now = clock.instant();
        Submission s;
        if (id == null) {
            refuseUnlessOpen(conferenceId, reader);
            s = new Submission(conferenceId, owner.getId(), now);
        } else {
            s = changeable(actor, id, reader);
            if (!s.getConferenceId().equals(conferenceId)) {
                throw new DomainException(null, "submission.notFound");
            }
            if (expectedVersion != null && expectedVersion != s.getVersion()) {
                throw new DomainException(null, "submission.changedMeanwhile",
                        Messages.dateTime(reader.locale(), s.getUpdatedAt(), details.conference().zone()));
            }
        }
        SubmissionState before = s.getState();
        boolean finalVersion = before.takesFinalVersion();
        boolean complete = submit || before == SubmissionState.SUBMITTED || finalVersion;
        var violations = SubmissionRules.check(content, details, complete);
        if (finalVersion && !Objects.equals(content.trackId(), s.getTrackId())) {
            violations.add("track", "finalVersion.trackFixed");
        }
        if (finalVersion && !Objects.equals(content.typeId(), s.getTypeId())) {
            violations.add("type", "finalVersion.typeFixed");
        }
        if (complete && details.pdfPolicy() == PdfPolicy.REQUIRED
                && (s.getId() == null || submissions.pdfOf(s.getId()).isEmpty())) {
            violations.add("pdf", "pdf.required");
        }
        violations.throwIfAny();

        SubmissionContent previous = id == null ? null : s.content();
        s.edit(content, now);
        if (id == null) {
            submissions.add(s);
        }
        if (complete && !finalVersion) {
            s.submit(now);
        }
        audited.fire(Audited.of(complete && before == SubmissionState.DRAFT
                ? AuditKind.SUBMISSION_SUBMITTED
                : AuditKind.SUBMISSION_SAVED, actor.accountId(), conferenceId).onSubmission(s.getId())
                .change("state", id == null ? null : before, s.getState())
                .change("fields", null, previous == null
                        ? ""
                        : String.join(", ",
                                SubmissionNotices.changes(previous, s.content(), Language.EN))));
        if (complete && before == SubmissionState.DRAFT) {
            notices.submitted(s, details, owner);
        } else if (complete) {
            notices.changed(s, SubmissionNotices.changes(previous, s.content(), languageOf(owner)), details, owner);
        }
        // Written now, not at commit: a save that crossed another one is told here, in words.
        if (!submissions.flush()) {
            throw new DomainException(null, "submission.changedMeanwhile",
                    Messages.dateTime(reader.locale(), clock.instant(), details.conference().zone()));
        }
        return s.getId();
    }

    /**
     * The committee members the authors name as conflicted, chosen from the conference's committee
     * (by account); anything else is refused at the field. Only while the submission can change.
     */
    public void nameConflicts(Actor actor, Long id, Set<Long> accountIds, Language reader) {
        Submission s = changeable(actor, id, reader);
        Set<Long> committee = new HashSet<>();
        for (Account a : accounts.holders(Role.REVIEWER, s.getConferenceId())) {
            committee.add(a.getId());
        }
        if (!committee.containsAll(accountIds)) {
            throw new DomainException("namedConflicts", "namedConflicts.notCommittee");
        }
        s.nameConflicts(accountIds);
    }

    /** The committee of a submission's conference, by name, for the authors to name conflicts from. */
    public List<CommitteeMemberName> committeeFor(Actor actor, Long id) {
        Submission s = submissions.byId(id).filter(x -> policy.canSee(actor, x))
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        return accounts.holders(Role.REVIEWER, s.getConferenceId()).stream()
                .map(a -> new CommitteeMemberName(a.getId(), a.getName(), s.getNamedConflicts().contains(a.getId()))).toList();
    }

    public void withdraw(Actor actor, Long id, Language reader) {
        Account owner = accounts.require(actor);
        Submission s = changeable(actor, id, reader);
        if (s.getState().takesFinalVersion()) {
            // An accepted one is withdrawn on its decision page, where the chairs' waiting list hears of it.
            throw new DomainException(null, "finalVersion.withdrawOnDecisionPage");
        }
        boolean wasSubmitted = s.getState() == SubmissionState.SUBMITTED;
        SubmissionState before = s.getState();
        s.withdraw(clock.instant());
        audited.fire(Audited.of(AuditKind.SUBMISSION_WITHDRAWN, actor.accountId(), s.getConferenceId())
                .onSubmission(id).change("state", before, s.getState()));
        if (wasSubmitted) {
            notices.withdrawn(s, detailsOf(s, reader), owner);
        }
    }

    /**
     * Attaches a PDF (or replaces the one attached) while the submission can change. The file
     * must pass {@link PdfIntake}; a refused one leaves the previous PDF as it was. Returns what
     * the anonymity check found, for the author to see before submitting.
     */
    public PdfSummary uploadPdf(Actor actor, Long id, String fileName, byte[] bytes, Language reader) {
        Account owner = accounts.require(actor);
        Submission s = changeable(actor, id, reader);
        Call call = conferences.callOf(s.getConferenceId()).orElseThrow();
        if (call.getPdfPolicy() == PdfPolicy.NONE) {
            throw new DomainException("pdf", "pdf.notWanted");
        }
        String name = Text.line(fileName == null || fileName.isBlank() ? "abstract.pdf" : fileName);
        if (name.length() > MAX_FILE_NAME || Text.unreadable(name)) {
            throw new DomainException("pdf", "pdf.nameTooLong", MAX_FILE_NAME);
        }
        List<String> identities = new ArrayList<>();
        for (Author a : s.getAuthors()) {
            identities.add(a.getName());
            identities.add(a.getEmail());
            identities.add(a.getAffiliation());
        }
        PdfInspection inspection = PdfIntake.inspect(bytes,
                new PdfIntake.Limits(call.getPdfMaxPages(), call.getPdfMaxBytes()), identities);
        // Filled before it is stored: an identity key inserts at once.
        SubmissionPdf pdf = submissions.pdfOf(id).orElse(null);
        boolean first = pdf == null;
        if (first) {
            pdf = new SubmissionPdf(id);
        }
        pdf.replace(name, bytes, inspection.sanitised(), inspection.pages(), inspection.text(),
                inspection.findings(), clock.instant());
        if (first) {
            submissions.add(pdf);
        }
        factsChanged.fire(new SubmissionFactsChanged(id));
        audited.fire(Audited.of(AuditKind.PDF_REPLACED, actor.accountId(), s.getConferenceId()).onSubmission(id)
                .change("pages", null, inspection.pages()).change("bytes", null, bytes.length));
        if (s.getState() == SubmissionState.SUBMITTED) {
            notices.changed(s, List.of(Messages.get(languageOf(owner), "field.pdf")), detailsOf(s, reader), owner);
        }
        return summary(pdf);
    }

    /** The PDF attached to a submission its owner (or a chair) may see. */
    public Optional<PdfSummary> pdf(Actor actor, Long id) {
        return submissions.byId(id).filter(s -> policy.canSee(actor, s)).flatMap(s -> submissions.pdfOf(id))
                .map(SubmissionService::summary);
    }

    /**
     * The PDF as uploaded, for its owner and the conference's chairs (reviewers get the copy
     * without document properties, through the review policy).
     */
    public Optional<PdfFile> pdfFile(Actor actor, Long id) {
        return submissions.byId(id).filter(s -> policy.canSee(actor, s)).flatMap(s -> submissions.pdfOf(id))
                .map(p -> new PdfFile(p.getFileName(), p.getOriginal()));
    }

    private static PdfSummary summary(SubmissionPdf p) {
        return new PdfSummary(p.getFileName(), p.getPages(), p.getSizeBytes(), p.getUploadedAt(), p.findings());
    }

    /** The content of a submission its owner (or a chair) may see. */
    public Optional<SubmissionContent> content(Actor actor, Long id) {
        return submissions.byId(id).filter(s -> policy.canSee(actor, s)).map(Submission::content);
    }

    /** Summary of one submission its owner (or a chair) may see. */
    public Optional<SubmissionSummary> summary(Actor actor, Long id, Language reader) {
        return submissions.byId(id).filter(s -> policy.canSee(actor, s)).map(s -> summarise(actor, s, reader));
    }

    public List<SubmissionSummary> mine(Actor actor, Language reader) {
        Account owner = accounts.require(actor);
        return submissions.ownedBy(owner.getId()).stream().map(s -> summarise(actor, s, reader)).toList();
    }

    private SubmissionSummary summarise(Actor actor, Submission s, Language reader) {
        ConferenceView c = conferences.byId(s.getConferenceId(), reader).orElseThrow();
        Call call = conferences.callOf(s.getConferenceId()).orElse(null);
        String track = conferences.callDetails(c.acronym(), reader).flatMap(d -> d.tracks().stream()
                .filter(t -> t.id().equals(s.getTrackId())).findFirst()).map(CallDetails.TrackView::name).orElse("");
        Instant deadline = c.deadline() == null ? null : s.closesAt(c.deadline());
        return new SubmissionSummary(s.getId(), c.acronym(), c.name(), s.getTitle(), s.getState(), track,
                s.getUpdatedAt(), deadline, c.zone(), policy.canChange(actor, s, call, clock.instant()), s.getVersion(),
                call == null ? null : call.getFinalVersionDeadline());
    }

    /**
     * The actor's own submission, if it may change now: its state allows it and the call is open
     * (deadline plus grace, by the server's clock). Each refusal says which of these failed.
     */
    private Submission changeable(Actor actor, Long id, Language reader) {
        Submission s = submissions.byId(id).filter(x -> policy.isOwner(actor, x))
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        Call call = conferences.callOf(s.getConferenceId()).orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Instant now = clock.instant();
        if (s.getState().takesFinalVersion()) {
            policy.requireFinalVersionOpen(s, call, now, reader);
            return s;
        }
        if (!s.getState().editable()) {
            throw new DomainException(null, "submission.notChangeable");
        }
        if (!policy.openFor(s, call, now)) {
            refuseClosed(call, s.closesAt(call.getDeadline()), now, reader);
        }
        return s;
    }

    /** Refuses unless the conference's call is open now, saying when it opens or when it closed. */
    private void refuseUnlessOpen(Long conferenceId, Language reader) {
        Call call = conferences.callOf(conferenceId).orElseThrow(() -> new DomainException(null, "conference.notFound"));
        Instant now = clock.instant();
        if (!policy.callOpen(call, now)) {
            refuseClosed(call, call.getDeadline(), now, reader);
        }
    }

    /**
     * Says when the call opens, or when the deadline (the call's public one or the submission's own)
     * was: the grace period is the server's tolerance, never a second deadline told to authors.
     */
    private static void refuseClosed(Call call, Instant closedAt, Instant now, Language reader) {
        ZoneId zone = call.getConference().zone();
        if (now.isBefore(call.getOpensAt())) {
            throw new DomainException(null, "call.notOpenYet", Messages.dateTime(reader.locale(), call.getOpensAt(), zone));
        }
        throw new DomainException(null, "deadline.passed", Messages.dateTime(reader.locale(), closedAt, zone));
    }

    private CallDetails detailsOf(Submission s, Language reader) {
        String acronym = conferences.byId(s.getConferenceId(), reader).orElseThrow().acronym();
        return conferences.callDetails(acronym, reader).orElseThrow();
    }

    private static Language languageOf(Account owner) {
        return owner.getLanguage() == null ? Language.EN : owner.getLanguage();
    }
}
