package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.identity.service.ClientPasswordCredential;
import org.samling.identity.service.LoginOutcome;
import org.samling.identity.service.LoginOutcomeHolder;
import org.samling.identity.service.SecondFactorCredential;
import org.samling.shared.DomainException;
import org.samling.web.identity.SamlingAuthenticationMechanism;
import org.samling.web.security.ClientRequest;

/**
 * A log-in for scripts that then make themselves a personal token ({@code POST /api/me/tokens}):
 * the same throttled check as the log-in page, the second factor's code in the same body for a
 * person who has one. It opens a session (the cookie), which is what the token is made with; every
 * further call should carry the token instead.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    SecurityContext securityContext;
    @Inject
    LoginOutcomeHolder outcome;
    @Context
    HttpServletRequest request;
    @Context
    HttpServletResponse response;

    public record Credentials(String email, String password, String code) {
    }

    @POST
    public Response logIn(Credentials c) {
        if (c == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new ClientPasswordCredential(c.email(), c.password(), ClientRequest.address(request)))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS && SamlingAuthenticationMechanism.pendingSecondFactor(request).isPresent()) {
            if (c.code() == null || c.code().isBlank()) {
                throw new DomainException("code", "field.required");
            }
            status = securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                    .credential(new SecondFactorCredential(c.code())).newAuthentication(true));
            if (status != AuthenticationStatus.SUCCESS) {
                throw refusal("code");
            }
        }
        if (status != AuthenticationStatus.SUCCESS) {
            throw refusal("credentials");
        }
        return Response.noContent().build();
    }

    @DELETE
    public Response logOut() throws ServletException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.noContent().build();
    }

    private DomainException refusal(String field) {
        LoginOutcome o = outcome.get();
        String key = o instanceof LoginOutcome.Blocked
                ? "login.blocked.api"
                : o instanceof LoginOutcome.Unconfirmed
                        ? "login.unconfirmed"
                        : field.equals("code") ? "secondFactor.wrongCode" : "login.wrong";
        return new DomainException(field, key);
    }
}
