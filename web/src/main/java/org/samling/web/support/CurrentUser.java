package org.samling.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.samling.identity.model.Account;
import org.samling.identity.model.Actor;
import org.samling.web.identity.SamlingAuthenticationMechanism;
import org.samling.identity.service.AccountService;
import org.samling.identity.service.IdentityPolicy;

import java.security.Principal;

/**
 * The person behind this request, as an {@link Actor} for the services. Their groups are read
 * fresh from the database on each request, so a role granted or taken away counts at once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;
    @Inject
    AccountService accountService;
    @Inject
    IdentityPolicy identityPolicy;

    @Inject
    jakarta.servlet.http.HttpServletRequest request;

    private Actor actor;
    private Account account;

    public Actor actor() {
        if (actor == null && request != null
                && request.getAttribute(SamlingAuthenticationMechanism.ACTOR_KEY) instanceof Actor known
                && securityContext.getCallerPrincipal() != null
                && known.email().equals(securityContext.getCallerPrincipal().getName())) {
            actor = known;
        }
        if (actor == null) {
            Principal p = securityContext.getCallerPrincipal();
            account = p == null ? null : accountService.findByEmail(p.getName()).orElse(null);
            actor = account == null ? Actor.VISITOR : new Actor(account.getId(), account.getEmail(),
                    account.getName(), identityPolicy.groupsOf(account.getId()));
        }
        return actor;
    }

    /** Reads the account again, after this request changed it. */
    public void refresh() {
        if (request != null) {
            request.removeAttribute(SamlingAuthenticationMechanism.ACTOR_KEY);
        }
        actor = null;
        account = null;
    }

    public boolean isLoggedIn() {
        return !actor().isVisitor();
    }

    public String getName() {
        return actor().name();
    }

    public boolean isAdmin() {
        return identityPolicy.canEnterAdminArea(actor());
    }

    public boolean isChair() {
        return identityPolicy.canEnterChairArea(actor());
    }

    public boolean isReviewer() {
        return identityPolicy.canEnterReviewerArea(actor());
    }
}
