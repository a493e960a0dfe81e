package org.samling.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.samling.shared.DomainException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A JSON body is read whole, at most {@value #MAX_BYTES} bytes, and only if it is valid UTF-8
 * (RFC 8259): a body in Latin-1, broken UTF-8 or UTF-16 is refused with a message instead of
 * being stored with replacement characters. PDFs go their own way (the call's own limit).
 */
@Provider
public class JsonBodies implements ReaderInterceptor {

    static final int MAX_BYTES = 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext ctx) throws IOException, WebApplicationException {
        if (ctx.getMediaType() == null || !ctx.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return ctx.proceed();
        }
        String charset = ctx.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("utf8")) {
            throw new DomainException(null, "api.notUtf8");
        }
        byte[] body = readAtMost(ctx.getInputStream());
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new DomainException(null, "api.notUtf8");
        }
        ctx.setInputStream(new ByteArrayInputStream(body));
        return ctx.proceed();
    }

    private static byte[] readAtMost(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new DomainException(null, "api.tooLarge", MAX_BYTES / 1024);
        }
        return body;
    }
}
