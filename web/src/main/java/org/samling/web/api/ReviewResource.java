package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.review.model.ReviewContent;
import org.samling.review.model.ReviewKind;
import org.samling.review.service.ReviewService;
import org.samling.review.service.ReviewViews;
import org.samling.shared.DomainException;
import org.samling.web.support.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * A reviewer's assignments and reviews, by the rules of the pages (the same service and policy):
 * an assignment that is not the caller's, or one a conflict now stands against, answers 404. A
 * save names the version it was written on ({@code -1} for a first save); one written on an older
 * version answers 409 with the stored review, so the client keeps both.
 */
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;
    @Inject
    CurrentUser currentUser;
    @Context
    HttpHeaders headers;

    /** A review as a client sends it. */
    public record ReviewJson(Map<String, Integer> scores, Integer recommendation, Integer confidence, String toAuthors,
            String toCommittee, Long version, Boolean submit) {
    }

    public record PostJson(String body) {
    }

    @GET
    @Path("{acronym}")
    public List<ReviewViews.MyReview> mine(@PathParam("acronym") String acronym) {
        return reviews.mine(currentUser.actor(), acronym, ApiLanguage.of(headers));
    }

    @GET
    @Path("assignments/{id}")
    public ReviewViews.Page page(@PathParam("id") Long assignmentId) {
        return reviews.page(currentUser.actor(), assignmentId, ApiLanguage.of(headers));
    }

    @PUT
    @Path("assignments/{id}")
    public ReviewViews.Saved save(@PathParam("id") Long assignmentId, ReviewJson body) {
        return save(assignmentId, ReviewKind.REVIEW, body);
    }

    @PUT
    @Path("assignments/{id}/meta")
    public ReviewViews.Saved saveMeta(@PathParam("id") Long assignmentId, ReviewJson body) {
        return save(assignmentId, ReviewKind.META, body);
    }

    @POST
    @Path("assignments/{id}/discussion")
    public Response discuss(@PathParam("id") Long assignmentId, PostJson body) {
        reviews.discuss(currentUser.actor(), assignmentId, body == null ? null : body.body());
        return Response.noContent().build();
    }

    private ReviewViews.Saved save(Long assignmentId, ReviewKind kind, ReviewJson body) {
        if (body == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        if (body.version() == null) {
            throw new DomainException("version", "field.required");
        }
        ReviewContent c = new ReviewContent(body.scores(), body.recommendation(), body.confidence(), body.toAuthors(),
                body.toCommittee());
        return reviews.save(currentUser.actor(), assignmentId, kind, c, body.version(),
                Boolean.TRUE.equals(body.submit()), ApiLanguage.of(headers));
    }
}
