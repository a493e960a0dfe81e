package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.DecisionMailed;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.Outcome;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.shared.AuditKind;
import org.samling.shared.Audited;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionFactsChanged;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The chairs' decisions: one by one or in bulk (changed freely until the authors are told; after
 * that only when confirmed, and told again), previewed as the authors would get them, and sent to
 * every author in their language on or after the call's notification date ({@link DecisionLetters}).
 */
@Stateless
public class DecisionService {

    @Inject
    Event<Audited> audited;
    @Inject
    Decisions decisions;
    @Inject
    Submissions submissions;
    @Inject
    ConferenceService conferences;
    @Inject
    DecisionLetters letters;
    @Inject
    Event<DecisionMailed> mailed;
    @Inject
    Event<SubmissionFactsChanged> factsChanged;
    @Inject
    Clock clock;

    /** On or after the call's notification date (the conference's day), or at any time if it has none. */
    static boolean mayNotify(Clock clock, ConferenceView c, LocalDate notification) {
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
            audited.fire(Audited.of(fresh ? AuditKind.DECISION_MADE : AuditKind.DECISION_CORRECTED, actor.accountId(), c.id())
                    .onSubmission(d.getSubmissionId()).change("outcome", d.getOutcome(), outcome)
                    .change("acceptedType", d.getAcceptedTypeId(), outcome == Outcome.ACCEPT ? acceptedTypeId : null));
            d.decide(outcome, acceptedTypeId, why, actor.accountId(), now);
            if (fresh) {
                decisions.add(d);
            }
            factsChanged.fire(new SubmissionFactsChanged(d.getSubmissionId()));
        }
        return todo.size();
    }

    /** The mails one submission's authors would get now (or did get last). */
    public List<DecisionViews.Mail> preview(Actor actor, Long submissionId, Language reader) {
        Submission s = submissions.byId(submissionId).orElseThrow(() -> new DomainException(null, "submission.notFound"));
        ConferenceView c = conferences.chaired(actor, s.getConferenceId(), reader);
        Decision d = decisions.of(submissionId).orElseThrow(() -> new DomainException(null, "decision.notDecided"));
        return letters.mails(s, d, c);
    }

    /** Tells the authors of every decision not told yet (or changed since); returns how many mails. */
    public int send(Actor actor, String acronym, Language reader) {
        ConferenceView c = conferences.chaired(actor, acronym, reader);
        LocalDate notification = conferences.callOf(c.id()).map(Call::getNotificationDate).orElse(null);
        if (!mayNotify(clock, c, notification)) {
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
            for (DecisionViews.Mail m : letters.mails(s, d, c)) {
                mailed.fire(new DecisionMailed(c.id(), m.to(), Language.fromTag(m.language()).orElse(Language.EN),
                        DecisionLetters.template(d),
                        m.subject(), m.body()));
                mails++;
            }
            s.decided(d.getOutcome().state(), now);
            d.told(now);
        }
        return mails;
    }
}
