package org.samling.decision.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.decision.model.Decision;
import org.samling.decision.model.Decisions;
import org.samling.decision.model.Outcome;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.shared.DomainException;
import org.samling.shared.Violations;
import org.samling.submission.model.Author;
import org.samling.submission.model.Submission;
import org.samling.submission.model.SubmissionState;
import org.samling.submission.model.Submissions;
import org.samling.submission.service.SubmissionPolicy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The authors' side of a decision once they are told: what they read (the decision and the
 * reviews' comments to the authors), who presents and whether they come, and withdrawing an
 * accepted submission. Only the submission's own authors, and only after they were told.
 */
@Stateless
public class AuthorDecisions {

    @Inject
    Decisions decisions;
    @Inject
    Submissions submissions;
    @Inject
    SubmissionPolicy submissionPolicy;
    @Inject
    ConferenceService conferences;
    @Inject
    DecisionLetters letters;
    @Inject
    Clock clock;

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
        return new DecisionViews.ForAuthor(s.getId(), s.getTitle(), c.name(), told.getNotifiedOutcome(),
                letters.acceptedAs(s, told, reader), letters.reviews(s, reader),
                call == null ? null : call.getFinalVersionDeadline(),
                c.zone(), s.getState() == SubmissionState.WITHDRAWN, names,
                new DecisionViews.Confirmation(presenterIndex(s, told), told.getAttending(), told.getConfirmedAt()),
                submissionPolicy.finalVersionOpen(s, call, clock.instant()), submissionPolicy.isOwner(actor, s));
    }

    /** The confirmed presenter's position among the authors, else the one marked presenting on the submission, else the first. */
    private static int presenterIndex(Submission s, Decision d) {
        List<Author> authors = s.getAuthors();
        for (int i = 0; i < authors.size(); i++) {
            Author a = authors.get(i);
            if (d.getPresenterName() != null
                    ? d.getPresenterName().equals(a.getName())
                            && Objects.equals(d.getPresenterEmail(), a.getEmail())
                    : a.isPresenting()) {
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
        Violations v = new Violations();
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
}
