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

/** Bidding through the API: blinded JSON, a bid, refusals named at the field, conflicts as 404, authors 403. */
class BiddingApiIT {

    private static HttpRequest.Builder as(String who, String path) {
        return Http.as(Http.request(path), who, "samling-demo").header("Content-Type", "application/json")
                .header("Accept-Language", "en");
    }

    private static Long idOf(String json, String titleStart) {
        Matcher m = Pattern.compile("\"id\":(\\d+)[^}]*?\"title\":\"" + Pattern.quote(titleStart)).matcher(json);
        assertTrue(m.find(), titleStart + " in " + json);
        return Long.valueOf(m.group(1));
    }

    @Test
    void aReviewerReadsTheBlindedSheetAndBids() {
        HttpResponse<String> sheet = Http.send(as("reviewer3@samling.example", "/api/bidding/nsw2027"));
        assertEquals(200, sheet.statusCode(), sheet.body());
        for (String identity : List.of("Søren Højgaard", "Karin Ekström", "Emily Carter", "Johan Nilsson",
                "Stockholms universitet", "author1@samling.example", "gu.example")) {
            assertFalse(sheet.body().contains(identity), identity + " in " + sheet.body());
        }
        assertTrue(sheet.body().contains("\"total\":"), sheet.body());
        Long supervision = idOf(sheet.body(), "Supervision that sticks");

        HttpResponse<String> bad = Http.send(as("reviewer3@samling.example", "/api/bidding/submissions/" + supervision)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"preference\":\"keen\"}", StandardCharsets.UTF_8)));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"preference\""), bad.body());

        HttpResponse<String> ok = Http.send(as("reviewer3@samling.example", "/api/bidding/submissions/" + supervision)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"preference\":\"willing\"}", StandardCharsets.UTF_8)));
        assertEquals(204, ok.statusCode(), ok.body());
        HttpResponse<String> filtered = Http.send(as("reviewer3@samling.example", "/api/bidding/nsw2027?q=supervision"));
        assertTrue(filtered.body().contains("\"bid\":\"WILLING\""), filtered.body());
    }

    @Test
    void aConflictedReviewerGets404AndAnAuthor403() {
        HttpResponse<String> sheet = Http.send(as("reviewer3@samling.example", "/api/bidding/nsw2027"));
        Long workshop = idOf(sheet.body(), "Tillit i mötet");
        HttpResponse<String> lars = Http.send(as("reviewer2@samling.example", "/api/bidding/submissions/" + workshop)
                .PUT(HttpRequest.BodyPublishers.ofString("{\"preference\":\"eager\"}", StandardCharsets.UTF_8)));
        assertEquals(404, lars.statusCode(), "Lars declared a conflict with Karin: " + lars.body());
        assertFalse(Http.send(as("reviewer2@samling.example", "/api/bidding/nsw2027")).body().contains("Tillit i mötet"));

        HttpResponse<String> author = Http.send(as("author1@samling.example", "/api/bidding/nsw2027"));
        assertEquals(403, author.statusCode(), author.body());
    }
}
