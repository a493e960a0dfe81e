package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.review.model.BidPreference;
import org.samling.review.service.BiddingService;
import org.samling.review.service.BiddingSheet;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;

import java.util.Locale;

/**
 * Bidding for committee members, as on the page and by the same rules: the sheet of blinded
 * submissions (no author fields exist in it) and one bid at a time. A submission the reviewer
 * may not see (a conflict, a draft) answers 404, as if it did not exist.
 */
@Path("/bidding")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BiddingResource {

    @Inject
    BiddingService bidding;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    /** A bid as a client sends it: eager, willing, indifferent, unwilling or conflict. */
    public record BidJson(String preference) {
    }

    /** The reviewer's sheet for a conference, optionally filtered by words ({@code q}) and a track id. */
    @GET
    @Path("{acronym}")
    public BiddingSheet sheet(@PathParam("acronym") String acronym, @QueryParam("q") String query,
            @QueryParam("track") Long trackId) {
        return bidding.sheet(currentUser.actor(), acronym, query, trackId, ApiLanguage.of(headers));
    }

    @PUT
    @Path("submissions/{id}")
    public Response bid(@PathParam("id") Long submissionId, BidJson body) {
        if (body == null || body.preference() == null || body.preference().isBlank()) {
            throw new DomainException("preference", "field.required");
        }
        BidPreference preference;
        try {
            preference = BidPreference.valueOf(body.preference().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("preference", "bid.unknown");
        }
        bidding.bid(currentUser.actor(), submissionId, preference);
        return Response.noContent().build();
    }
}
