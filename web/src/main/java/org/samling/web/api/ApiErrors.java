package org.samling.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.samling.i18n.Language;
import org.samling.i18n.Messages;

import java.io.InterruptedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every other failure of an API call as the same JSON a refusal has, with the field named where
 * the body named one, and never a stack trace, a class name or a database's words: a body that is
 * no JSON or has a value of the wrong type (400), an unknown address (404), a method it does not
 * take (405), a type it does not read (415), a body too slow (408); anything unforeseen is logged
 * with its id and answered 500 with that id only.
 */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());
    /** Yasson names the property it could not read: "Unable to deserialize property 'trackId' ...". */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable e) {
        Language language = ApiLanguage.of(headers);
        if (isBadJson(e)) {
            return answer(400, field(e), "api.badJson", language);
        }
        if (e instanceof NotFoundException) {
            return answer(404, null, "api.notFound", language);
        }
        if (e instanceof NotAllowedException) {
            return answer(405, null, "api.methodNotAllowed", language);
        }
        if (e instanceof NotSupportedException) {
            return answer(415, null, "api.unsupportedType", language);
        }
        if (causedBy(e, InterruptedIOException.class)) {
            return answer(408, null, "api.tooSlow", language);
        }
        if (e instanceof WebApplicationException w && w.getResponse().getStatus() < 500) {
            return answer(w.getResponse().getStatus(), null, "api.badRequest", language);
        }
        String id = Long.toString(System.nanoTime(), 36);
        LOG.log(Level.SEVERE, "API error " + id, e);
        return answer(500, null, "api.internal", language, id);
    }

    private static boolean isBadJson(Throwable e) {
        return causedBy(e, JsonbException.class) || causedBy(e, JsonParsingException.class)
                || (e instanceof ProcessingException && !causedBy(e, InterruptedIOException.class));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The body's property that could not be read, if the parser named one. */
    private static String field(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return m.group(1);
            }
        }
        return "body";
    }

    static Response answer(int status, String field, String key, Language language, Object... args) {
        JsonObjectBuilder v = Json.createObjectBuilder();
        if (field == null) {
            v.addNull("field");
        } else {
            v.add("field", field);
        }
        v.add("code", key).add("message", Messages.get(language, key, args));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("status", status).add("violations", Json.createArrayBuilder().add(v))
                        .build().toString())
                .build();
    }
}
