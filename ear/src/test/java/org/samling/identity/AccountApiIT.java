package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API answers with the same rules and messages as the pages, in the caller's language. */
class AccountApiIT {

    @Test
    void aVisitorIsAskedToLogInAndWrongCredentialsAreSaidInTheirLanguage() {
        HttpResponse<String> anonymous = Http.get("/api/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"code\":\"auth.required\""), anonymous.body());

        HttpResponse<String> wrong = Http.send(Http.basic(Http.request("/api/me"), "chair@samling.example", "not it at all")
                .header("Accept-Language", "sv-SE"));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(wrong.body().contains("E-postadressen eller lösenordet är fel."), wrong.body());
    }

    @Test
    void theDemoChairSeesHerProfileWithHerRoles() {
        HttpResponse<String> me = Http.send(Http.basic(Http.request("/api/me"), "chair@samling.example", "samling-demo"));
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("\"name\":\"Mette Kjærgaard\""), me.body());
        assertTrue(me.body().contains("\"roles\":[\"user\",\"chair\"]"), me.body());
    }

    @Test
    void badRegistrationNamesEveryFieldInDanishAndCreatesNothing() {
        String email = "api." + System.nanoTime() + "@ku.dk";
        HttpResponse<String> bad = Http.postJson("/api/accounts",
                "{\"email\":\"" + email.replace("@", "") + "\",\"name\":\"\",\"country\":\"QQ\",\"password\":\"kort\"}", "da");
        assertEquals(400, bad.statusCode());
        for (String field : new String[]{"email", "name", "country", "password"}) {
            assertTrue(bad.body().contains("{\"field\":\"" + field + "\""), field + " missing in " + bad.body());
        }
        assertTrue(bad.body().contains("dette er ikke en gyldig e-mailadresse"), bad.body());

        HttpResponse<String> good = Http.postJson("/api/accounts", "{\"email\":\"" + email
                + "\",\"name\":\"Jens Ærø\",\"country\":\"DK\",\"language\":\"da\",\"password\":\"æblegrød og øl\"}", "da");
        assertEquals(201, good.statusCode(), good.body());
        assertTrue(good.body().contains("\"name\":\"Jens Ærø\""), good.body());
        HttpResponse<String> again = Http.postJson("/api/accounts", "{\"email\":\"" + email.toUpperCase()
                + "\",\"name\":\"Jens\",\"password\":\"æblegrød og øl\"}", "da");
        assertEquals(400, again.statusCode());
        assertTrue(again.body().contains("\"code\":\"account.emailTaken\""), again.body());
    }

    @Test
    void theOpenCallIsPublicAndAnUnknownConferenceIsA404() {
        HttpResponse<String> c = Http.get("/api/conferences/nsw2027");
        assertEquals(200, c.statusCode());
        assertTrue(c.body().contains("\"phase\":\"OPEN\"") && c.body().contains("\"timeZone\":\"Europe/Copenhagen\""), c.body());
        HttpResponse<String> none = Http.get("/api/conferences/nope2099");
        assertEquals(404, none.statusCode());
        assertTrue(none.body().contains("\"field\":\"acronym\""), none.body());
    }
}
