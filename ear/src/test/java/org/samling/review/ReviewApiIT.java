package org.samling.review;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviews through the API, by the rules of the pages: a reviewer's assignments and review pages
 * carry no author's name, address or affiliation; a save names its version and a stale one gets
 * 409 with the stored text; someone else's assignment is 404; a visitor 401.
 */
class ReviewApiIT {

    private static final List<String> IDENTITIES = List.of("Søren Højgaard", "Maja Østergaard", "Karin Ekström",
            "Emily Carter", "Johan Nilsson", "Stockholms universitet", "Københavns Professionshøjskole",
            "University of Gothenburg", "University of Edinburgh", "author1@samling.example", "author2@samling.example",
            "author3@samling.example", "gu.example", "kp.example");

    private static HttpRequest.Builder as(String who, String path) {
        return Http.as(Http.request(path), who, "samling-demo").header("Content-Type", "application/json")
                .header("Accept-Language", "en");
    }

    private static Long assignmentOf(String json, String titleStart) {
        Matcher m = Pattern.compile("\"assignmentId\":(\\d+)[^}]*?\"title\":\"" + Pattern.quote(titleStart)).matcher(json);
        assertTrue(m.find(), titleStart + " in " + json);
        return Long.valueOf(m.group(1));
    }

    private static void assertBlind(String body) {
        for (String identity : IDENTITIES) {
            assertFalse(body.contains(identity), identity + " in " + body);
        }
    }

    @Test
    void aReviewerReadsAssignmentsAndPagesWithoutAnyAuthorAndSavesByVersion() {
        HttpResponse<String> mine = Http.send(as("reviewer3@samling.example", "/api/reviews/nsw2027"));
        assertEquals(200, mine.statusCode(), mine.body());
        assertBlind(mine.body());
        Long supervision = assignmentOf(mine.body(), "Supervision that sticks");
        assertTrue(mine.body().contains("\"metaAsked\":true"), mine.body());

        HttpResponse<String> page = Http.send(as("reviewer3@samling.example", "/api/reviews/assignments/" + supervision));
        assertEquals(200, page.statusCode(), page.body());
        assertBlind(page.body());
        assertTrue(page.body().contains("\"label\":\"Contribution to practice\""), page.body());
        Matcher v = Pattern.compile("\"own\":\\{.*?\"version\":(-?\\d+)").matcher(page.body());
        assertTrue(v.find(), page.body());
        long version = Long.parseLong(v.group(1));

        String draft = "{\"scores\":{\"clarity\":4},\"toAuthors\":\"Gjennom API-et\",\"version\":" + version + "}";
        HttpResponse<String> saved = Http.send(as("reviewer3@samling.example", "/api/reviews/assignments/" + supervision)
                .PUT(HttpRequest.BodyPublishers.ofString(draft, StandardCharsets.UTF_8)));
        assertEquals(200, saved.statusCode(), saved.body());
        assertTrue(saved.body().contains("\"state\":\"DRAFT\""), saved.body());

        HttpResponse<String> stale = Http.send(as("reviewer3@samling.example", "/api/reviews/assignments/" + supervision)
                .PUT(HttpRequest.BodyPublishers.ofString(draft.replace("Gjennom", "Igjen gjennom"), StandardCharsets.UTF_8)));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("\"toAuthors\":\"Gjennom API-et\""), "the stored text comes back: " + stale.body());

        HttpResponse<String> outOfScale = Http.send(as("reviewer3@samling.example", "/api/reviews/assignments/" + supervision)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"scores\":{\"clarity\":9},\"version\":" + (version + 1) + "}",
                        StandardCharsets.UTF_8)));
        assertEquals(400, outOfScale.statusCode(), outOfScale.body());
        assertTrue(outOfScale.body().contains("\"field\":\"scores\""), outOfScale.body());
        assertTrue(outOfScale.body().contains("Clarity of the abstract must be scored from 1 to 5"), outOfScale.body());
    }

    @Test
    void someoneElsesAssignmentIsNotFoundAndAVisitorMustLogIn() {
        HttpResponse<String> mine = Http.send(as("reviewer3@samling.example", "/api/reviews/nsw2027"));
        Long workshop = assignmentOf(mine.body(), "Tillit i mötet");
        HttpResponse<String> lars = Http.send(as("reviewer2@samling.example", "/api/reviews/assignments/" + workshop));
        assertEquals(404, lars.statusCode(), lars.body());
        assertBlind(lars.body());
        HttpResponse<String> author = Http.send(as("author2@samling.example", "/api/reviews/nsw2027"));
        assertEquals(403, author.statusCode(), "an author is no committee member: " + author.body());
        HttpResponse<String> visitor = Http.send(Http.request("/api/reviews/nsw2027").header("Accept", "application/json"));
        assertEquals(401, visitor.statusCode(), visitor.body());
    }
}
