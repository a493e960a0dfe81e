package org.samling.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.samling.shared.Environment;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Whether a write came from one of Samling's own pages (ASVS 4.2.2, CSRF): browsers name the page's
 * origin in the Origin header (or at least the Referer) of every POST, PUT and DELETE. A write that
 * carries the session cookie must come from this site's origin (the request's own host, or the
 * public address in SAMLING_BASE_URL); one without any cookie and without those headers is a
 * script's, which a foreign page cannot make a browser send.
 */
public final class SameOrigin {

    private SameOrigin() {
    }

    public static boolean allowed(HttpServletRequest req) {
        String origin = req.getHeader("Origin");
        if (origin == null || origin.isBlank()) {
            String referer = req.getHeader("Referer");
            if (referer == null || referer.isBlank()) {
                return req.getRequestedSessionId() == null;
            }
            origin = originOf(referer);
        }
        String theirs = normalise(origin);
        return theirs != null && own(req).contains(theirs);
    }

    static Set<String> own(HttpServletRequest req) {
        String host = req.getHeader("Host");
        String self = host == null ? null : normalise((ClientRequest.secure(req) ? "https://" : "http://") + host);
        return Stream.of(self, normalise(Environment.baseUrl())).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String originOf(String url) {
        try {
            URI u = URI.create(url.strip());
            return u.getScheme() + "://" + u.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** scheme://host[:port] in lower case, default ports left out; null for anything else ("null" included). */
    static String normalise(String origin) {
        if (origin == null) {
            return null;
        }
        try {
            URI u = URI.create(origin.strip());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = u.getPort();
            boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
