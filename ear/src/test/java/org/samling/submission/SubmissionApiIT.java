package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The submission API: the demo author's abstracts, a new one, its refusals, and the deadline. */
class SubmissionApiIT {

    private static HttpRequest.Builder asAuthor(String path) {
        return Http.as(Http.request(path), "author3@samling.example", "samling-demo")
                .header("Content-Type", "application/json").header("Accept-Language", "en");
    }

    @Test
    void anAuthorCreatesSubmitsAndWithdrawsThroughTheApi() {
        HttpResponse<String> bad = Http.send(asAuthor("/api/submissions?conference=nsw2027&submit=true")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"\",\"abstractText\":\"x\",\"language\":\"klingon\"}",
                        StandardCharsets.UTF_8)));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"abstractLanguage\""), bad.body());

        HttpResponse<String> incomplete = Http.send(asAuthor("/api/submissions?conference=nsw2027&submit=true")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"\",\"abstractText\":\"x\"}", StandardCharsets.UTF_8)));
        assertEquals(400, incomplete.statusCode());
        for (String field : new String[]{"title", "abstractLanguage", "track", "type", "authors"}) {
            assertTrue(incomplete.body().contains("{\"field\":\"" + field + "\""), field + " in " + incomplete.body());
        }

        HttpResponse<String> draft = Http.send(asAuthor("/api/submissions?conference=nsw2027")
                .POST(HttpRequest.BodyPublishers
                        .ofString("{\"title\":\"Practice research with ø and å\",\"abstractText\":\"Short.\","
                                + "\"language\":\"en\",\"authors\":[{\"name\":\"Emily Carter\",\"email\":\"author3@samling.example\","
                                + "\"presenting\":true}]}", StandardCharsets.UTF_8)));
        assertEquals(201, draft.statusCode(), draft.body());
        assertTrue(draft.body().contains("\"state\":\"DRAFT\"") && draft.body().contains("Practice research with ø and å"),
                draft.body());
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(draft.body());
        assertTrue(m.find());
        String id = m.group(1);

        HttpResponse<String> other = Http
                .send(Http.as(Http.request("/api/submissions/" + id), "author1@samling.example", "samling-demo"));
        assertEquals(404, other.statusCode(), "another author cannot even learn that it exists");
        assertTrue(other.body().contains("submission.notFound"));

        HttpResponse<String> withdrawn = Http
                .send(asAuthor("/api/submissions/" + id + "/withdraw").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());
        assertTrue(withdrawn.body().contains("\"state\":\"WITHDRAWN\""), withdrawn.body());
        HttpResponse<String> mine = Http.send(asAuthor("/api/submissions"));
        assertTrue(mine.body().contains("\"id\":" + id), mine.body());
    }

    @Test
    void aClientReadsTheCallsTrackAndTypeIdsAndSubmitsACompleteAbstract() {
        HttpResponse<String> call = Http.send(Http.request("/api/conferences/nsw2027/call").header("Accept-Language", "sv"));
        assertEquals(200, call.statusCode(), call.body());
        assertTrue(call.body().contains("\"name\":\"Barn och unga\"") && call.body().contains("\"wordLimit\":300"), call.body());
        Matcher track = Pattern.compile("\"tracks\":\\[\\{\"id\":(\\d+)").matcher(call.body());
        Matcher type = Pattern.compile("\"types\":\\[\\{\"id\":(\\d+)").matcher(call.body());
        assertTrue(track.find() && type.find(), call.body());

        HttpResponse<String> submitted = Http.send(asAuthor("/api/submissions?conference=nsw2027&submit=true")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Relational practice in Nordic child welfare\","
                        + "\"abstractText\":\"We compare how social workers in three countries build trust.\",\"language\":\"en\","
                        + "\"keywords\":[\"trust\",\"child welfare\"],\"trackId\":" + track.group(1) + ",\"typeId\":"
                        + type.group(1)
                        + ",\"authors\":[{\"name\":\"Emily Carter\",\"email\":\"author3@samling.example\",\"presenting\":true}]}",
                        StandardCharsets.UTF_8)));
        assertEquals(201, submitted.statusCode(), submitted.body());
        assertTrue(submitted.body().contains("\"state\":\"SUBMITTED\""), submitted.body());
    }

    @Test
    void afterTheDeadlineTheApiRefusesWithTheDeadline() {
        HttpResponse<String> late = Http.send(asAuthor("/api/submissions?conference=nsw2026")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"Too late\"}", StandardCharsets.UTF_8)));
        assertEquals(400, late.statusCode());
        assertTrue(late.body().contains("\"code\":\"deadline.passed\"") && late.body().contains("(Europe/Stockholm)"),
                late.body());
    }
}
