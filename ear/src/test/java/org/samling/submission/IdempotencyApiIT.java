package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that lost the answer to "create this submission" sends it again with the same
 * Idempotency-Key: it gets the first answer back and nothing is created twice, also when the two
 * arrive at the same moment; the same key for another request is refused.
 */
class IdempotencyApiIT {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    private static HttpResponse<String> create(String key, String title) {
        return Http.send(Http.as(Http.request("/api/submissions?conference=nsw2027"), "author3@samling.example", "samling-demo")
                .header("Content-Type", "application/json").header("Accept-Language", "en").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + title + "\",\"abstractText\":\"Retried.\","
                        + "\"language\":\"en\",\"authors\":[{\"name\":\"Emily Carter\",\"email\":\"author3@samling.example\","
                        + "\"presenting\":true}]}", StandardCharsets.UTF_8)));
    }

    private static String id(HttpResponse<String> r) {
        Matcher m = ID.matcher(r.body());
        assertTrue(m.find(), r.body());
        return m.group(1);
    }

    private static long mine(String title) {
        String body = Http.send(Http.as(Http.request("/api/submissions"), "author3@samling.example", "samling-demo")).body();
        return Pattern.compile(Pattern.quote(title)).matcher(body).results().count();
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstAnswerAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        String title = "Retried abstract " + key.substring(0, 8);
        HttpResponse<String> first = create(key, title);
        assertEquals(201, first.statusCode(), first.body());
        assertEquals("false", first.headers().firstValue("Idempotent-Replayed").orElse(""));

        HttpResponse<String> again = create(key, title);
        assertEquals(201, again.statusCode(), again.body());
        assertEquals(id(first), id(again));
        assertEquals("true", again.headers().firstValue("Idempotent-Replayed").orElse(""));
        assertEquals(1, mine(title), "one submission, not two");

        HttpResponse<String> reused = create(key, title + " changed");
        assertEquals(422, reused.statusCode(), reused.body());
        assertTrue(reused.body().contains("\"field\":\"Idempotency-Key\""), reused.body());
        assertEquals(0, mine(title + " changed"));

        HttpResponse<String> bad = create("", title);
        assertEquals(400, bad.statusCode(), bad.body());
    }

    @Test
    void fourCopiesSentAtOnceMakeOneSubmission() throws Exception {
        String key = UUID.randomUUID().toString();
        String title = "Sent four times " + key.substring(0, 8);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<HttpResponse<String>>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(pool.submit(() -> create(key, title)));
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get();
            // Each gets the one answer, or (while the first is still committing) "try again".
            assertTrue(r.statusCode() == 201 || r.statusCode() == 409, r.statusCode() + " " + r.body());
            if (r.statusCode() == 201) {
                ids.add(id(r));
            }
        }
        pool.shutdown();
        assertTrue(!ids.isEmpty() && ids.stream().distinct().count() == 1, ids.toString());
        assertEquals(1, mine(title), "one submission, not four");
    }
}
