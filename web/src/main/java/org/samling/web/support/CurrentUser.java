package org.samling.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.samling.identity.model.Actor;
import org.samling.identity.service.IdentityPolicy;
import org.samling.web.identity.SamlingAuthenticationMechanism;

/**
 * The person behind this request, as an {@link Actor} for the services: the one the
 * authentication mechanism read for it (session or token), with groups read fresh from the
 * database on each request, so a role granted or taken away counts at once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    IdentityPolicy identityPolicy;
    @Inject
    SamlingAuthenticationMechanism mechanism;
    @Inject
    HttpServletRequest request;

    private Actor actor;

    public Actor actor() {
        if (actor == null) {
            actor = request.getAttribute(SamlingAuthenticationMechanism.ACTOR_KEY) instanceof Actor known
                    ? known
                    : mechanism.sessionActor(request).orElse(Actor.VISITOR);
        }
        return actor;
    }

    /** Reads the person again (from the session), after this request changed them. */
    public void refresh() {
        if (request.getSession(false) != null) {
            request.removeAttribute(SamlingAuthenticationMechanism.ACTOR_KEY);
        }
        actor = null;
    }

    public boolean isLoggedIn() { return !actor().isVisitor(); }

    public String getName() { return actor().name(); }

    public boolean isAdmin() { return identityPolicy.canEnterAdminArea(actor()); }

    public boolean isChair() { return identityPolicy.canEnterChairArea(actor()); }

    public boolean isReviewer() { return identityPolicy.canEnterReviewerArea(actor()); }

    /** A chair or admin whose powers wait for the second factor the site requires. */
    public boolean isSecondFactorDue() {
        Actor a = actor();
        return !a.isVisitor() && !a.access().elevated();
    }
}
