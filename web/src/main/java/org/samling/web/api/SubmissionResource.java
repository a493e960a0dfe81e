package org.samling.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.samling.i18n.Language;
import org.samling.identity.model.Actor;
import org.samling.platform.IdempotentRequests;
import org.samling.shared.DomainException;
import org.samling.submission.model.AbstractLanguage;
import org.samling.submission.model.Author;
import org.samling.submission.model.SubmissionContent;
import org.samling.submission.service.PdfSummary;
import org.samling.submission.service.SubmissionService;
import org.samling.submission.service.SubmissionSummary;
import org.samling.web.support.CurrentUser;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** An author's submissions as JSON, with the same rules, deadlines and messages as the form. */
@Path("/submissions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SubmissionResource {

    @Inject
    SubmissionService submissions;
    @Inject
    CurrentUser currentUser;
    @Inject
    IdempotentRequests idempotent;
    @Context
    HttpHeaders headers;

    /** One author as the API takes and gives it. */
    public record AuthorJson(String name, String email, String affiliation, String country, boolean presenting) {
    }

    /** What an author sends: the whole content. {@code language} is da, sv, nb, en or other. */
    public record SubmissionJson(String title, String abstractText, List<String> keywords, String language,
            Long trackId, Long typeId, List<AuthorJson> authors) {
    }

    /**
     * A submission as its owner reads it. {@code version} goes back in an {@code If-Match} header
     * of a PUT, so that a change made meanwhile elsewhere is not overwritten (409).
     */
    public record SubmissionView(Long id, String conference, String state, String changeableUntil, long version,
            SubmissionJson content, PdfSummary pdf) {
    }

    @GET
    public List<SubmissionSummary> mine() {
        return submissions.mine(currentUser.actor(), language());
    }

    @GET
    @Path("{id}")
    public SubmissionView one(@PathParam("id") Long id) {
        return view(id);
    }

    /**
     * A new submission to a conference's call ({@code ?conference=nsw2027}): a draft, or submitted at
     * once with {@code &submit=true}. With an {@code Idempotency-Key} header a retry (the answer was
     * lost) gets the first answer back, marked {@code Idempotent-Replayed: true}, and creates nothing.
     */
    @POST
    public Response create(@QueryParam("conference") String acronym, @QueryParam("submit") boolean submit,
            @HeaderParam("Idempotency-Key") String key, SubmissionJson body) {
        Actor actor = currentUser.actor();
        Supplier<Long> save = () -> submissions.save(actor, acronym, null, content(body), submit, language());
        if (key == null || actor.accountId() == null) {
            return Response.status(Response.Status.CREATED).entity(view(save.get())).build();
        }
        String fingerprint = IdempotentRequests.fingerprint("POST /submissions?conference=" + acronym + "&submit=" + submit,
                JsonbResolver.jsonb().toJson(body));
        IdempotentRequests.Answer answer;
        try {
            answer = idempotent.once(actor.accountId(), key, fingerprint, () -> new IdempotentRequests.Answer(
                    Response.Status.CREATED.getStatusCode(), JsonbResolver.jsonb().toJson(view(save.get())), false));
        } catch (IdempotentRequests.Concurrent e) {
            // The same request arrived twice at once (a retry on another node): the first one's answer.
            answer = idempotent.stored(actor.accountId(), key, fingerprint)
                    .orElseThrow(() -> new DomainException("Idempotency-Key", "api.idempotencyInProgress"));
        }
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(answer.body()).header("Idempotent-Replayed", String.valueOf(answer.replayed())).build();
    }

    /** Replaces the content; a submitted one stays submitted (and must stay complete). */
    @PUT
    @Path("{id}")
    public SubmissionView update(@PathParam("id") Long id, @QueryParam("submit") boolean submit,
            @HeaderParam("If-Match") String ifMatch, SubmissionJson body) {
        submissions.save(currentUser.actor(), acronymOf(id), id, version(ifMatch), content(body), submit, language());
        return view(id);
    }

    @POST
    @Path("{id}/withdraw")
    public SubmissionView withdraw(@PathParam("id") Long id) {
        submissions.withdraw(currentUser.actor(), id, language());
        return view(id);
    }

    /** Attaches the PDF sent as the body (application/pdf). */
    @PUT
    @Path("{id}/pdf")
    @Consumes("application/pdf")
    public PdfSummary pdf(@PathParam("id") Long id, @QueryParam("name") String name, byte[] body) {
        return submissions.uploadPdf(currentUser.actor(), id, name, body, language());
    }

    private SubmissionView view(Long id) {
        SubmissionSummary s = submissions.summary(currentUser.actor(), id, language())
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
        SubmissionContent c = submissions.content(currentUser.actor(), id).orElseThrow();
        return new SubmissionView(s.id(), s.acronym(), s.state().name(), s.changeable() ? s.deadline().toString() : null,
                s.version(),
                new SubmissionJson(c.title(), c.abstractText(), c.keywords(),
                        c.language() == null ? null : c.language().name().toLowerCase(Locale.ROOT), c.trackId(), c.typeId(),
                        c.authors().stream().map(a -> new AuthorJson(a.getName(), a.getEmail(), a.getAffiliation(),
                                a.getCountry(), a.isPresenting())).toList()),
                submissions.pdf(currentUser.actor(), id).orElse(null));
    }

    /** The version in an If-Match header ("3", "\"3\"" or W/"3"); none means no check. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(v);
        } catch (NumberFormatException e) {
            throw new DomainException("version", "api.badVersion");
        }
    }

    private String acronymOf(Long id) {
        return submissions.summary(currentUser.actor(), id, language()).map(SubmissionSummary::acronym)
                .orElseThrow(() -> new DomainException(null, "submission.notFound"));
    }

    private static SubmissionContent content(SubmissionJson b) {
        if (b == null) {
            throw new DomainException(null, "api.bodyRequired");
        }
        AbstractLanguage language = null;
        if (b.language() != null) {
            try {
                language = AbstractLanguage.valueOf(b.language().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new DomainException("abstractLanguage", "abstractLanguage.unknown");
            }
        }
        List<Author> authors = b.authors() == null
                ? List.of()
                : b.authors().stream()
                        .map(a -> new Author(a.name(), a.email(), a.affiliation(), a.country(), a.presenting())).toList();
        return new SubmissionContent(b.title(), b.abstractText(), b.keywords(), language, b.trackId(), b.typeId(), authors);
    }

    private Language language() {
        return ApiLanguage.of(headers);
    }
}
