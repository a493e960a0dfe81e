package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.samling.browser.Http;

import java.net.http.HttpResponse;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API answers with the same rules and messages as the pages, in the caller's language. */
class AccountApiIT {

    @Test
    void aVisitorIsAskedToLogInAndWrongCredentialsAreSaidInTheirLanguage() {
        HttpResponse<String> anonymous = Http.get("/api/me");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"code\":\"auth.required\""), anonymous.body());

        HttpResponse<String> wrong = Http.send(Http.request("/api/session").header("Content-Type", "application/json")
                .header("Accept-Language", "sv-SE")
                .POST(Http.json("{\"email\":\"chair@samling.example\",\"password\":\"not it at all\"}")));
        assertEquals(401, wrong.statusCode());
        assertTrue(wrong.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(wrong.body().contains("E-postadressen eller lösenordet är fel."), wrong.body());

        // A password with every call (HTTP Basic) is refused, saying what to send instead; so is an unknown token.
        HttpResponse<String> basic = Http.send(Http.request("/api/me").header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString("chair@samling.example:samling-demo".getBytes())));
        assertEquals(401, basic.statusCode());
        assertTrue(basic.body().contains("\"code\":\"auth.bearerOnly\""), basic.body());
        HttpResponse<String> bogus = Http.send(Http.bearer(Http.request("/api/me"), "sam_not-a-token-at-all"));
        assertEquals(401, bogus.statusCode());
        assertTrue(bogus.body().contains("\"code\":\"auth.tokenInvalid\""), bogus.body());
    }

    @Test
    void theDemoChairSeesHerProfileWithHerRoles() {
        HttpResponse<String> me = Http.send(Http.as(Http.request("/api/me"), "chair@samling.example", "samling-demo"));
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
        assertEquals(202, good.statusCode(), good.body());
        // The same answer for an address that has an account: nobody learns who is registered (its owner is mailed).
        HttpResponse<String> again = Http.postJson("/api/accounts", "{\"email\":\"" + email.toUpperCase()
                + "\",\"name\":\"Jens\",\"password\":\"æblegrød og øl\"}", "da");
        assertEquals(202, again.statusCode(), again.body());
        assertEquals(good.body().replace(email, ""), again.body().replace(email.toUpperCase(), ""));
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
