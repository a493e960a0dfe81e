package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.conference.model.ConferenceView;
import org.samling.conference.service.ConferenceService;
import org.samling.identity.model.TokenScope;
import org.samling.identity.service.ApiTokenService;
import org.samling.shared.DomainException;
import org.samling.web.identity.SamlingAuthenticationMechanism;
import org.samling.web.support.CurrentUser;

import java.util.List;
import java.util.Locale;

/**
 * One's own personal tokens, as on the Security page: made (the token is in this answer only),
 * listed, revoked. Making one needs a session (a log-in), not another token.
 */
@Path("/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    ApiTokenService tokens;
    @Inject
    ConferenceService conferences;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpServletRequest request;
    @Context
    HttpHeaders headers;

    /** What a client asks for: a name, "read" or "read_write", a conference's acronym or none, days valid. */
    public record Request(String name, String scope, String conference, Integer days) {
    }

    @GET
    public List<ApiTokenService.View> mine() {
        return tokens.list(currentUser.actor());
    }

    @POST
    public Response create(Request r) {
        if (r == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        if (request.getSession(false) == null || currentUser.actor().isVisitor()) {
            throw new DomainException(null, "token.needsSession");
        }
        TokenScope scope;
        try {
            scope = r.scope() == null ? null : TokenScope.valueOf(r.scope().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("scope", "token.badScope");
        }
        Long conferenceId = r.conference() == null || r.conference().isBlank()
                ? null
                : conferences.byAcronym(r.conference().strip(), ApiLanguage.of(headers)).map(ConferenceView::id)
                        .orElseThrow(() -> new DomainException("conference", "conference.notFound"));
        ApiTokenService.Created c = tokens.create(currentUser.actor(), r.name(), scope, conferenceId, r.days(),
                SamlingAuthenticationMechanism.strongSession(request));
        return Response.status(Response.Status.CREATED).entity(c).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") Long id) {
        tokens.revoke(currentUser.actor(), id);
        return Response.noContent().build();
    }
}
