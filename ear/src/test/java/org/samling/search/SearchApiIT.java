package org.samling.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search through the JSON API answers as the page does, by the same policy. */
class SearchApiIT {

    @BeforeAll
    static void indexed() throws InterruptedException {
        IndexReady.await();
    }

    private static HttpRequest.Builder as(String email, String q) {
        return Http.as(Http.request("/api/search/nsw2027?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)), email,
                "samling-demo").header("Accept-Language", "en");
    }

    @Test
    void chairsGetAuthorsReviewersNeverAndVisitorsOnlyTheProgramme() {
        HttpResponse<String> chair = Http.send(as("chair@samling.example", "socialtjänst"));
        assertEquals(200, chair.statusCode(), chair.body());
        assertTrue(chair.body().contains("med <mark>socialtjänsten</mark>: unga vuxnas berättelser")
                && chair.body().contains("\"authors\":[\"Karin Ekström\"]"), chair.body());
        assertTrue(chair.body().contains("\"facets\""), chair.body());

        HttpResponse<String> reviewer = Http.send(as("reviewer1@samling.example", "socialtjänst"));
        assertEquals(200, reviewer.statusCode(), reviewer.body());
        assertTrue(reviewer.body().contains("med <mark>socialtjänsten</mark>: unga vuxnas berättelser"), reviewer.body());
        assertFalse(reviewer.body().contains("Ekström"), reviewer.body());
        HttpResponse<String> surname = Http.send(as("reviewer1@samling.example", "Ekström"));
        assertTrue(surname.body().contains("\"total\":0") && surname.body().contains("\"hits\":[]"), surname.body());

        HttpResponse<String> visitor = Http
                .send(Http.request("/api/search/nsw2027?q=socialt%C3%A4nst").header("Accept-Language", "en"));
        assertEquals(200, visitor.statusCode(), visitor.body());
        assertTrue(visitor.body().contains("\"code\":\"search.programmeOnly\""), visitor.body());
        assertFalse(visitor.body().contains("Tillit"), visitor.body());
    }

    /** The JSON object of the hit whose title starts so (hits hold no nested objects). */
    private static String hit(String body, String title) {
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(body);
        while (m.find()) {
            if (m.group().contains("\"titleHtml\":\"" + title)) {
                return m.group();
            }
        }
        throw new AssertionError("no hit " + title + " in " + body);
    }

    @Test
    void aReviewerLearnsTheMeanScoreOnlyOfWhatSheHasReviewedAndOnlyChairsOrderByIt() {
        // nsw2026: Åsa submitted her review of Søren's paper, not of Karin's workshop (Lars and Sanna reviewed that).
        HttpResponse<String> asa = Http.send(Http.as(Http.request("/api/search/nsw2026?q=&sort=score"),
                "reviewer1@samling.example", "samling-demo").header("Accept-Language", "en"));
        assertEquals(200, asa.statusCode(), asa.body());
        assertTrue(asa.body().contains("\"code\":\"search.scoreSortChairsOnly\""), asa.body());
        assertTrue(hit(asa.body(), "Socialrådgiveren som brobygger").contains("\"score\":"), asa.body());
        assertFalse(hit(asa.body(), "Att leda samtal om våld").contains("\"score\":"), asa.body());

        HttpResponse<String> chair = Http.send(Http.as(Http.request("/api/search/nsw2026?q=&sort=score"),
                "chair@samling.example", "samling-demo"));
        assertFalse(chair.body().contains("search.scoreSortChairsOnly"), chair.body());
        assertTrue(hit(chair.body(), "Att leda samtal om våld").contains("\"score\":"), chair.body());

        HttpResponse<String> visitor = Http.send(Http.request("/api/search/nsw2026?q=socialr%C3%A5dgiver"));
        assertEquals(200, visitor.statusCode(), visitor.body());
        assertTrue(visitor.body().contains("som brobygger mellem skole"), visitor.body());
        assertFalse(visitor.body().contains("\"score\":"), "a visitor never learns the committee's scores: " + visitor.body());
    }

    @Test
    void aBrokenQueryIsAnsweredWithItsNoticeAndABadSortNamesTheField() {
        HttpResponse<String> broken = Http.send(as("chair@samling.example", "\"tillit i mötet"));
        assertEquals(200, broken.statusCode(), broken.body());
        assertTrue(broken.body().contains("A quotation mark was not closed"), broken.body());
        assertTrue(broken.body().contains("med socialtjänsten: unga vuxnas berättelser"), broken.body());
        HttpResponse<String> sort = Http.send(Http.as(Http.request("/api/search/nsw2027?q=x&sort=colour"),
                "chair@samling.example", "samling-demo"));
        assertEquals(400, sort.statusCode(), sort.body());
        assertTrue(sort.body().contains("\"field\":\"sort\""), sort.body());
    }
}
