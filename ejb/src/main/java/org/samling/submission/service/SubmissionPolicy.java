package org.samling.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallPhase;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.DomainException;
import org.samling.submission.model.Submission;

import java.time.Instant;
import java.util.List;

/**
 * Who may see and change a submission, and until when: decided here and nowhere else. The
 * owner changes it while the call is open (deadline plus grace, by the server's clock) or until
 * the individual extension a chair granted; the conference's chairs may read it, see its authors
 * and PDF, and grant extensions. Once accepted, its owner sends the final version until the
 * final-version deadline.
 */
@ApplicationScoped
public class SubmissionPolicy {

    @Inject
    IdentityPolicy identityPolicy;

    /** Its owner, unless the request may not act in its conference (a token bound to another). */
    public boolean isOwner(Actor actor, Submission s) {
        return actor != null && !actor.isVisitor() && actor.mayActIn(s.getConferenceId())
                && s.getOwnerId().equals(actor.accountId());
    }

    /** Its owner or a co-author named on it (by address, case aside): the people it is about. */
    public boolean isAuthor(Actor actor, Submission s) {
        return isOwner(actor, s) || (actor != null && !actor.isVisitor() && actor.mayActIn(s.getConferenceId())
                && actor.email() != null && s.getAuthors().stream().anyMatch(a -> actor.email().equalsIgnoreCase(a.getEmail())));
    }

    public boolean canSee(Actor actor, Submission s) {
        return isOwner(actor, s) || canManage(actor, s.getConferenceId());
    }

    /** The conference's chairs (and admins): the list of all submissions, extensions, the original PDFs. */
    public boolean canManage(Actor actor, Long conferenceId) {
        return identityPolicy.isChairOf(actor, conferenceId);
    }

    /**
     * The owner may change it: the state allows it and the call (or its extension) is open now;
     * or it was accepted and the final-version deadline has not passed.
     */
    public boolean canChange(Actor actor, Submission s, Call call, Instant now) {
        return isOwner(actor, s) && (s.getState().editable() && openFor(s, call, now) || finalVersionOpen(s, call, now));
    }

    /** An accepted submission takes its final version until the call's final-version deadline (none set: not at all). */
    public boolean finalVersionOpen(Submission s, Call call, Instant now) {
        return call != null && s.getState().takesFinalVersion() && call.getFinalVersionDeadline() != null
                && now.isBefore(call.getFinalVersionDeadline());
    }

    /** Refuses, saying why, unless the final version of this submission may be sent now. */
    public void requireFinalVersionOpen(Submission s, Call call, Instant now, Language reader) {
        if (finalVersionOpen(s, call, now)) {
            return;
        }
        throw call == null || call.getFinalVersionDeadline() == null
                ? new DomainException(null, "finalVersion.notAsked")
                : new DomainException(null, "finalVersion.closed", Messages.dateTime(
                        reader.locale(), call.getFinalVersionDeadline(), call.getConference().zone()));
    }

    /** A new submission may be started while the call is open. */
    public boolean callOpen(Call call, Instant now) {
        return call != null && call.phaseAt(now) == CallPhase.OPEN;
    }

    /** An existing submission may change from the call's opening until its own close (the call's, or a later extension). */
    public boolean openFor(Submission s, Call call, Instant now) {
        return call != null && !now.isBefore(call.getOpensAt()) && now.isBefore(s.closesAt(call.closesAt()));
    }

    /**
     * Whether the reviewers' copy of a PDF names none of its authors: the anonymity check found no
     * author in what its pages show (its text, or a form's values, which the copy keeps flattened into
     * the pages); what the copy leaves out (properties, annotations, bookmarks, attachments) does not
     * count. The author was warned at upload and the chair's list flags it; a clean upload releases it.
     */
    public static boolean pdfShowsNoAuthor(List<String> findings) {
        return findings.stream().noneMatch(f -> f.startsWith("text:") || f.startsWith("form:"));
    }
}
