package org.samling.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain HTTP against the running server, for the API and health tests. A person's API calls carry
 * their personal token, made as a script makes one: log in with POST /api/session, then
 * POST /api/me/tokens from that session (with the site's Origin, as a write with a session needs).
 */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"(sam_[A-Za-z0-9_-]+)\"");

    private Http() {
    }

    public static HttpRequest.Builder request(String urlOrPath) {
        return HttpRequest.newBuilder(URI.create(urlOrPath.startsWith("http") ? urlOrPath : Browser.BASE + urlOrPath));
    }

    /** The request as this person: their read-write token for every conference (made once per test run). */
    public static HttpRequest.Builder as(HttpRequest.Builder b, String email, String password) {
        return bearer(b, TOKENS.computeIfAbsent(email + "\n" + password, k -> token(email, password, "read_write", null)));
    }

    public static HttpRequest.Builder bearer(HttpRequest.Builder b, String token) {
        return b.header("Authorization", "Bearer " + token);
    }

    /** A client holding this person's session, logged in through the API. */
    public static HttpClient session(String email, String password) {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> in = send(client, request("/api/session").header("Content-Type", "application/json")
                .POST(json("{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")));
        if (in.statusCode() != 204) {
            throw new AssertionError("log-in of " + email + ": " + in.statusCode() + " " + in.body());
        }
        return client;
    }

    /** A new personal token of the person: "read" or "read_write", for one conference's acronym or all (null). */
    public static String token(String email, String password, String scope, String conference) {
        HttpResponse<String> made = send(session(email, password), request("/api/me/tokens").header("Origin", Browser.BASE)
                .header("Content-Type", "application/json").POST(json("{\"name\":\"tests\",\"scope\":\"" + scope + "\",\"days\":2"
                        + (conference == null ? "" : ",\"conference\":\"" + conference + "\"") + "}")));
        Matcher m = TOKEN.matcher(made.body());
        if (made.statusCode() != 201 || !m.find()) {
            throw new AssertionError("token of " + email + ": " + made.statusCode() + " " + made.body());
        }
        return m.group(1);
    }

    public static HttpRequest.BodyPublisher json(String body) {
        return HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
    }

    public static HttpResponse<String> send(HttpRequest.Builder b) {
        return send(CLIENT, b);
    }

    public static HttpResponse<String> send(HttpClient client, HttpRequest.Builder b) {
        try {
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path) {
        return send(request(path));
    }

    public static HttpResponse<String> postJson(String path, String json, String language) {
        return send(request(path).header("Content-Type", "application/json").header("Accept-Language", language)
                .POST(json(json)));
    }
}
