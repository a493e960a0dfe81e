package org.samling.security;

import org.junit.jupiter.api.Test;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hostile page or a curious client meets (OWASP ASVS 3, 4.2, 14.4): the headers of a page,
 * a download and the API; no session for anonymous reading; a new session id at log-in; a write
 * with the session cookie from another site refused; a log-out that ends the session on the server.
 */
class SecurityHeadersApiIT {

    private static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    private static void commonHeaders(HttpResponse<?> r, String what) {
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), what);
        assertEquals("DENY", header(r, "X-Frame-Options"), what);
        assertEquals("strict-origin-when-cross-origin", header(r, "Referrer-Policy"), what);
        assertTrue(header(r, "Permissions-Policy").contains("camera=()"), what);
        assertTrue(header(r, "Content-Security-Policy").contains("frame-ancestors 'none'"), what);
        assertFalse(header(r, "Content-Security-Policy").contains("unsafe-eval"), what);
        assertTrue(r.headers().firstValue("Strict-Transport-Security").isEmpty(), what + ": no HSTS over plain HTTP");
        assertTrue(r.headers().firstValue("X-Powered-By").isEmpty() && !header(r, "Server").toLowerCase().contains("wildfly"),
                what);
    }

    @Test
    void aPageADownloadAndTheApiCarryTheSecurityHeaders() {
        HttpResponse<String> page = Http.get("/c/nsw2026/program");
        assertEquals(200, page.statusCode());
        commonHeaders(page, "page");
        String csp = header(page, "Content-Security-Policy");
        Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'").matcher(csp);
        assertTrue(nonce.find(), csp);
        assertTrue(page.body().contains("nonce=\"" + nonce.group(1) + "\""), "the page's scripts carry the header's nonce");
        assertFalse(page.body().matches("(?s).*\\son[a-z]+=\".*"), "no inline event handler on the page");

        for (String path : List.of("/c/nsw2026/program.pdf", "/api/conferences/open")) {
            HttpResponse<String> r = Http.get(path);
            assertEquals(200, r.statusCode(), path);
            commonHeaders(r, path);
            assertTrue(header(r, "Content-Security-Policy").startsWith("default-src 'none'"), path);
        }
        // Behind a trusted proxy (the test server trusts 127.0.0.1) that says the client came over TLS: HSTS.
        HttpResponse<String> tls = Http.send(Http.request("/c/nsw2026").header("X-Forwarded-Proto", "https"));
        assertEquals("max-age=31536000; includeSubDomains", header(tls, "Strict-Transport-Security"));
    }

    @Test
    void anonymousReadingOfPublicPagesAndDownloadsMakesNoSession() {
        for (String path : List.of("/", "/c/nsw2026", "/c/nsw2026/program", "/c/nsw2026/program.pdf", "/c/nsw2026/program.ics",
                "/c/nsw2026/program.json", "/c/nsw2027", "/api/conferences/open", "/c/nope2099")) {
            HttpResponse<String> r = Http.get(path);
            assertTrue(r.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")),
                    path + " set " + r.headers().allValues("Set-Cookie"));
        }
    }

    @Test
    void logInGivesANewSessionIdAndLogOutEndsTheSessionOnTheServer() {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        Http.send(client, Http.request("/login.xhtml"));
        String before = sessionId(cookies).orElseThrow(() -> new AssertionError("the log-in form has a session"));
        HttpResponse<String> in = Http.send(client,
                Http.request("/api/session").header("Origin", Browser.BASE).header("Content-Type", "application/json")
                        .POST(Http.json("{\"email\":\"author1@samling.example\",\"password\":\"samling-demo\"}")));
        assertEquals(204, in.statusCode(), in.body());
        String after = sessionId(cookies).orElseThrow();
        assertNotEquals(before, after, "a new session id at log-in (no fixation)");
        assertEquals(200, Http.send(client, Http.request("/api/me")).statusCode());

        assertEquals(204, Http.send(client, Http.request("/api/session").header("Origin", Browser.BASE).DELETE()).statusCode());
        // The old cookie, sent again on purpose, opens nothing: the session is gone on the server.
        HttpResponse<String> stale = Http.send(Http.request("/api/me").header("Cookie", "JSESSIONID=" + after));
        assertEquals(401, stale.statusCode(), stale.body());
    }

    @Test
    void aWriteWithTheSessionCookieFromAnotherSiteIsRefusedAndChangesNothing() {
        HttpClient soren = Http.session("author1@samling.example", "samling-demo");
        String mine = Http.send(soren, Http.request("/api/submissions")).body();
        Matcher submitted = Pattern.compile("\"id\":(\\d+)[^{}]*\"state\":\"SUBMITTED\"").matcher(mine);
        assertTrue(submitted.find(), mine);
        String id = submitted.group(1);
        for (Optional<String> origin : List.of(Optional.of("http://localhost:9999"), Optional.of("null"),
                Optional.<String>empty())) {
            var post = Http.request("/api/submissions/" + id + "/withdraw").POST(Http.json(""));
            origin.ifPresent(o -> post.header("Origin", o));
            HttpResponse<String> r = Http.send(soren, post);
            assertEquals(403, r.statusCode(), origin + ": " + r.body());
            assertTrue(r.body().contains("\"code\":\"api.crossSite\""), r.body());
        }
        assertTrue(Http.send(soren, Http.request("/api/submissions/" + id)).body().contains("\"state\":\"SUBMITTED\""),
                "still submitted");
        // From Samling's own page (its origin) the same session may write.
        HttpResponse<String> own = Http.send(soren, Http.request("/api/me").header("Origin", Browser.BASE)
                .header("Content-Type", "application/json").PUT(Http.json("{\"name\":\"Søren Højgaard\",\"affiliation\":"
                        + "\"Københavns Professionshøjskole\",\"country\":\"DK\",\"language\":\"da\"}")));
        assertEquals(200, own.statusCode(), own.body());
    }

    private static Optional<String> sessionId(CookieManager cookies) {
        return cookies.getCookieStore().get(URI.create(Browser.BASE)).stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }
}
