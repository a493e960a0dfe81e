package org.samling.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.samling.identity.model.Actor;
import org.samling.shared.DomainException;
import org.samling.web.security.SameOrigin;
import org.samling.web.support.CurrentUser;

import java.util.Set;

/**
 * Before any API call that changes something: a read-only token may not (403), and a call made
 * with the browser's session must come from Samling's own pages ({@link SameOrigin}: a page on
 * another site cannot act through a logged-in browser). Calls with a token are no browser's.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class ApiGuard implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    HttpServletRequest request;
    @Inject
    CurrentUser currentUser;

    @Override
    public void filter(ContainerRequestContext ctx) {
        if (SAFE.contains(ctx.getMethod())) {
            return;
        }
        String auth = request.getHeader("Authorization");
        boolean token = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
        Actor actor = currentUser.actor();
        if (token && !actor.access().writes()) {
            throw new DomainException(null, "token.readOnly");
        }
        if (!token && !SameOrigin.allowed(request)) {
            throw new DomainException(null, "api.crossSite");
        }
    }
}
