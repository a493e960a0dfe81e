package org.samling.search.persistence;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The OpenSearch index behind Hibernate Search's two aliases ({@code submission-read} for
 * searches, {@code submission-write} for indexing), moved for a rebuild without downtime: a new
 * index with the same mapping and analyzers takes the writes while searches still read the old
 * one; when the rebuild is done the read alias follows and the old index goes. Speaks to the
 * address and with the credentials Hibernate Search uses (SAMLING_SEARCH_*).
 */
public final class OpenSearchIndexes {

    static final String INDEX = "submission";
    public static final String READ = INDEX + "-read";
    public static final String WRITE = INDEX + "-write";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String authorization;

    private OpenSearchIndexes(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    /** From the environment the server runs with (persistence.xml reads the same names). */
    public static OpenSearchIndexes fromEnvironment() {
        Map<String, String> env = System.getenv();
        String host = env.getOrDefault("SAMLING_SEARCH_HOSTS", "127.0.0.1:9200").split(",")[0].trim();
        String protocol = env.getOrDefault("SAMLING_SEARCH_PROTOCOL", "http");
        String user = env.getOrDefault("SAMLING_SEARCH_USER", "");
        String auth = user.isEmpty()
                ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + env.getOrDefault("SAMLING_SEARCH_PASSWORD", ""))
                        .getBytes(StandardCharsets.UTF_8));
        return new OpenSearchIndexes(protocol + "://" + host, auth);
    }

    /** A rebuild under way: the index searches still read, and the new one that takes the writes. */
    public record Swap(String oldIndex, String newIndex) {
    }

    /** Creates the next index as a copy of the current one's mapping and settings and points the writes to it. */
    public Swap beginRebuild() {
        String old = aliasTarget(WRITE);
        String next = next(old);
        JsonObject current = call("GET", "/" + old, null).getJsonObject(old);
        JsonObject index = current.getJsonObject("settings").getJsonObject("index");
        JsonObjectBuilder settings = Json.createObjectBuilder()
                .add("number_of_shards", index.getString("number_of_shards"))
                .add("number_of_replicas", index.getString("number_of_replicas"));
        if (index.containsKey("analysis")) {
            settings.add("analysis", index.getJsonObject("analysis"));
        }
        call("PUT", "/" + next, Json.createObjectBuilder().add("settings", Json.createObjectBuilder().add("index", settings))
                .add("mappings", current.getJsonObject("mappings")).build().toString());
        moveAlias(WRITE, old, next, true);
        return new Swap(old, next);
    }

    /** Searches read the new index from now on; the old one is deleted. */
    public void finish(Swap swap) {
        call("POST", "/" + swap.newIndex() + "/_refresh", null);
        moveAlias(READ, swap.oldIndex(), swap.newIndex(), false);
        call("DELETE", "/" + swap.oldIndex(), null);
    }

    /** The rebuild failed: writes go to the old index again and the new one is deleted. */
    public void abandon(Swap swap) {
        moveAlias(WRITE, swap.newIndex(), swap.oldIndex(), true);
        call("DELETE", "/" + swap.newIndex(), null);
    }

    /** The index an alias points to now. */
    public String aliasTarget(String alias) {
        return call("GET", "/_alias/" + alias, null).keySet().iterator().next();
    }

    /** submission-000001 is followed by submission-000002. */
    public static String next(String index) {
        int dash = index.lastIndexOf('-');
        long n = Long.parseLong(index.substring(dash + 1));
        return index.substring(0, dash + 1) + String.format("%06d", n + 1);
    }

    private void moveAlias(String alias, String from, String to, boolean writeIndex) {
        JsonObjectBuilder add = Json.createObjectBuilder().add("index", to).add("alias", alias);
        if (writeIndex) {
            add.add("is_write_index", true);
        }
        String body = Json.createObjectBuilder().add("actions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("remove", Json.createObjectBuilder().add("index", from).add("alias", alias)))
                .add(Json.createObjectBuilder().add("add", add))).build().toString();
        // Both actions at once: the alias is never missing in between.
        call("POST", "/_aliases", body);
    }

    private JsonObject call(String method, String path, String body) {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
            }
            JsonValue v = Json.createReader(new StringReader(response.body())).readValue();
            return v.getValueType() == JsonValue.ValueType.OBJECT ? v.asJsonObject() : JsonValue.EMPTY_JSON_OBJECT;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
