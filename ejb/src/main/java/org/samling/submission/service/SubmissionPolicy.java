package org.samling.submission.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.conference.model.Call;
import org.samling.conference.model.CallPhase;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.submission.model.Submission;

import java.time.Instant;

/**
 * Who may see and change a submission, and until when: decided here and nowhere else. The
 * owner changes it while the call is open (deadline plus grace, by the server's clock); the
 * conference's chairs may read it.
 */
@ApplicationScoped
public class SubmissionPolicy {

    @Inject
    IdentityPolicy identityPolicy;

    public boolean isOwner(Actor actor, Submission s) {
        return actor != null && !actor.isVisitor() && s.getOwnerId().equals(actor.accountId());
    }

    public boolean canSee(Actor actor, Submission s) {
        return isOwner(actor, s) || identityPolicy.isChairOf(actor, s.getConferenceId());
    }

    /** The owner may change it: the state allows it and the call is open now. */
    public boolean canChange(Actor actor, Submission s, Call call, Instant now) {
        return isOwner(actor, s) && s.getState().editable() && callOpen(call, now);
    }

    public boolean callOpen(Call call, Instant now) {
        return call != null && call.phaseAt(now) == CallPhase.OPEN;
    }
}
