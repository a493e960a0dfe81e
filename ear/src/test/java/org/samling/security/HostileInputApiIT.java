package org.samling.security;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a hostile-input probe of the running demo found answered 500, each answered now as a
 * person would want: 4xx with the field named, no class name, no SQL, nothing stored garbled.
 */
class HostileInputApiIT {

    private static HttpResponse<String> post(String path, byte[] body, String contentType) {
        return Http
                .send(Http.as(Http.request(path), "author3@samling.example", "samling-demo").header("Content-Type", contentType)
                        .header("Accept-Language", "en").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private static HttpResponse<String> postJson(String path, String json) {
        return post(path, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    private static void noInternals(HttpResponse<String> r) {
        for (String leak : new String[]{"Exception", "org.", "java.", "jakarta.", "SQL", "insert into", "column"}) {
            assertFalse(r.body().contains(leak), leak + " in " + r.body());
        }
    }

    @Test
    void malformedOrIllTypedJsonIsA400NamingTheField() {
        String draft = "/api/submissions?conference=nsw2027";
        HttpResponse<String> broken = postJson(draft, "{\"title\": \"Tillit\", ");
        HttpResponse<String> array = postJson(draft, "[1, 2, 3]");
        HttpResponse<String> stringId = postJson(draft, "{\"title\":\"x\",\"trackId\":\"abc\"}");
        HttpResponse<String> deep = postJson(draft, "[".repeat(5000) + "]".repeat(5000));
        HttpResponse<String> anonymous = Http.postJson("/api/accounts", "{\"email\":", "en");
        for (HttpResponse<String> r : new HttpResponse[]{broken, array, stringId, deep, anonymous}) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"code\":\"api.badJson\""), r.body());
            noInternals(r);
        }
        assertTrue(stringId.body().contains("\"field\":\"trackId\""), stringId.body());
    }

    @Test
    void aBodyInAnotherOrABrokenEncodingIsRefusedNotStoredGarbled() {
        String json = "{\"title\":\"Børn og unge\",\"abstractText\":\"Åben\"}";
        HttpResponse<String> utf16 = post("/api/submissions?conference=nsw2027", json.getBytes(StandardCharsets.UTF_16),
                "application/json");
        HttpResponse<String> latin1 = post("/api/submissions?conference=nsw2027", json.getBytes(StandardCharsets.ISO_8859_1),
                "application/json");
        HttpResponse<String> declared = post("/api/submissions?conference=nsw2027", json.getBytes(StandardCharsets.UTF_8),
                "application/json;charset=ISO-8859-1");
        for (HttpResponse<String> r : new HttpResponse[]{utf16, latin1, declared}) {
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"code\":\"api.notUtf8\""), r.body());
        }
        HttpResponse<String> huge = postJson("/api/submissions?conference=nsw2027",
                "{\"title\":\"x\",\"abstractText\":\"" + "a".repeat(1_100_000) + "\"}");
        assertEquals(413, huge.statusCode(), huge.body());
    }

    @Test
    void everyFieldsLimitIsCheckedWithItsMessageNeverByTheDatabase() {
        HttpResponse<String> r = postJson("/api/submissions?conference=nsw2027", "{\"title\":\"Grænser\",\"authors\":[{\"name\":"
                + "\"Emily Carter\",\"email\":\"author3@samling.example\",\"affiliation\":\"" + "U".repeat(301)
                + "\",\"country\":\"Scotland\",\"presenting\":true}]}");
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"field\":\"authors\"") && r.body().contains("affiliation has at most 300")
                && r.body().contains("two-letter code"), r.body());
        noInternals(r);

        HttpResponse<String> draft = postJson("/api/submissions?conference=nsw2027", "{\"title\":\"Med en PDF\",\"authors\":[]}");
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(draft.body());
        assertTrue(id.find(), draft.body());
        HttpResponse<String> longName = Http.send(Http.as(Http.request("/api/submissions/" + id.group(1) + "/pdf?name="
                + "a".repeat(300) + ".pdf"), "author3@samling.example", "samling-demo").header("Content-Type", "application/pdf")
                .header("Accept-Language", "en").PUT(HttpRequest.BodyPublishers.ofString("%PDF-1.4")));
        assertEquals(400, longName.statusCode(), longName.body());
        assertTrue(longName.body().contains("\"field\":\"pdf\"") && longName.body().contains("longer than 200"), longName.body());
    }

    @Test
    void aPastedAbstractAsASearchIsCutAndSaidNeverAnError() {
        String words = String.join("+", ("socialrådgivere samarbejder med lærere om børn i udsatte positioner og deres familier "
                + "gennem netværksmøder familierådslagning og fælles planer for skolegang trivsel fritid og sundhed i "
                + "kommunerne på tværs af forvaltninger sektorer og fagligheder med inddragelse af børnenes egne stemmer "
                + "og forældrenes erfaringer").split(" "));
        for (String path : new String[]{"/api/search/nsw2027?q=" + words, "/search.xhtml?c=nsw2027&q=" + words,
                "/c/nsw2026/program?q=" + words}) {
            HttpResponse<String> r = path.startsWith("/api")
                    ? Http.send(Http.as(Http.request(path), "chair@samling.example",
                            "samling-demo").header("Accept-Language", "en"))
                    : Http.get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
        }
        HttpResponse<String> api = Http.send(Http.as(Http.request("/api/search/nsw2027?q=" + words), "chair@samling.example",
                "samling-demo").header("Accept-Language", "en"));
        assertTrue(api.body().contains("\"code\":\"search.tooLong\""), api.body());
    }
}
