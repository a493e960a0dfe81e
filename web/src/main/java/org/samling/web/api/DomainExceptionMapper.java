package org.samling.web.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;
import org.samling.review.service.ReviewConflict;
import org.samling.shared.DomainException;

/**
 * A refusal as JSON: 400 with every violation (field and message in the caller's language);
 * 401 when a log-in is needed, 403 when it is not allowed, 404 when there is no such thing, 409
 * when it was changed meanwhile by someone else.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Language language = ApiLanguage.of(headers);
        int status = statusOf(e);
        JsonArrayBuilder violations = Json.createArrayBuilder();
        for (DomainException.Violation v : e.violations()) {
            var o = Json.createObjectBuilder();
            if (v.field() != null) {
                o.add("field", v.field());
            } else {
                o.addNull("field");
            }
            o.add("code", v.messageKey()).add("message", Messages.get(language, v.messageKey(), v.args()));
            violations.add(o);
        }
        var body = Json.createObjectBuilder().add("status", status).add("violations", violations);
        if (e instanceof ReviewConflict c && c.stored() != null) {
            // Both texts kept: the client has its own, here is the stored one and its version to save over.
            var scores = Json.createObjectBuilder();
            c.stored().scores().forEach(scores::add);
            var stored = Json.createObjectBuilder().add("scores", scores)
                    .add("toAuthors", c.stored().toAuthors()).add("toCommittee", c.stored().toCommittee())
                    .add("version", c.storedVersion());
            if (c.stored().recommendation() != null) {
                stored.add("recommendation", c.stored().recommendation());
            }
            if (c.stored().confidence() != null) {
                stored.add("confidence", c.stored().confidence());
            }
            if (c.storedAt() != null) {
                stored.add("updatedAt", c.storedAt().toString());
            }
            body.add("stored", stored);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.build().toString()).build();
    }

    private static int statusOf(DomainException e) {
        String key = e.violations().isEmpty() ? "" : e.violations().get(0).messageKey();
        return switch (key) {
            case "auth.required", "login.wrong", "login.blocked.api", "token.needsSession" -> 401;
            case "auth.forbidden", "token.readOnly", "api.crossSite" -> 403;
            case "api.tooLarge" -> 413;
            case "api.tooSlow" -> 408;
            case "submission.changedMeanwhile", "review.conflict", "api.idempotencyInProgress" -> 409;
            case "api.idempotencyKeyReused" -> 422;
            default -> key.endsWith(".notFound") ? 404 : 400;
        };
    }
}
