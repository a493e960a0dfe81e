package org.samling.browser;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fresh accounts for browser tests, made as a person would: the JSON API, then the mailed link. */
public final class Accounts {

    private Accounts() {
    }

    /** Registers {@code local.<nanos>@domain} with the password, confirms it, and returns the address. */
    public static String confirmed(MailCatcher mail, String local, String domain, String name, String language, String password) {
        String email = local + "." + System.nanoTime() + "@" + domain;
        HttpResponse<String> created = Http.postJson("/api/accounts", "{\"email\":\"" + email + "\",\"name\":\"" + name
                + "\",\"affiliation\":\"Aalborg Universitet\",\"country\":\"DK\",\"language\":\"" + language
                + "\",\"password\":\"" + password + "\"}", language);
        assertEquals(202, created.statusCode(), created.body());
        assertEquals(200, Http.get(mail.awaitMailTo(email).link()).statusCode());
        return email;
    }

    public static void logIn(Browser b, String email, String password) {
        b.open("/login.xhtml");
        b.type("login:email", email).type("login:password", password);
        b.click(Browser.id("login:submit"));
    }
}
