package org.samling.lifecycle.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.shared.AuditKind;

import java.util.Set;

/**
 * Who may read which audit log and take out which personal data, decided here: a conference's log
 * by its chairs (and admins), the whole site's by admins; one's own data by oneself, logged in or
 * with a token for every conference (a token bound to one conference may not take it all). The review rules hold in the log as everywhere: an entry that names a
 * committee member at work on a submission (assigned, reviewing, in conflict) hides that person
 * from a chair who is an author of the submission.
 */
@ApplicationScoped
public class LifecyclePolicy {

    @Inject
    IdentityPolicy identityPolicy;

    public boolean canReadConference(Actor actor, Long conferenceId) {
        return identityPolicy.isChairOf(actor, conferenceId);
    }

    public boolean canReadSite(Actor actor) {
        return actor != null && actor.isAdmin();
    }

    /** Erasing oneself: a request that may write, for every conference; the service asks for the password again. */
    public boolean canEraseSelf(Actor actor) {
        return actor != null && !actor.isVisitor() && actor.access().writes() && actor.access().onlyConference() == null;
    }

    public boolean canEraseOthers(Actor actor) {
        return actor != null && actor.isAdmin();
    }

    public boolean canExportOwnData(Actor actor) {
        return actor != null && !actor.isVisitor() && actor.access().onlyConference() == null;
    }

    /**
     * Whether the entry's people are hidden from a reader who is an author of the submissions
     * {@code authored}: a reviewer-naming kind on one of them.
     */
    public static boolean hidesPeople(AuditKind kind, Long submissionId, Set<Long> authored) {
        return kind.revealsReviewer() && submissionId != null && authored.contains(submissionId);
    }
}
