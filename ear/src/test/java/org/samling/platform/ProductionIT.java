package org.samling.platform;

import org.junit.jupiter.api.Test;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The production configuration as an organisation starts it (ear/pom.xml, server-production): the
 * same EAR on a new, empty PostgreSQL database, no demo, SAMLING_ADMIN_EMAIL given. Nothing of the
 * demo exists and its password opens nothing; the first admin chooses a password through the link
 * the server wrote to its log, once, and logs in to the admin area.
 */
class ProductionIT {

    private static final String BASE = System.getProperty("samling.production.url", "http://localhost:8180");
    private static final String ADMIN = System.getProperty("samling.production.admin", "owner@it.samling.example");
    private static final Path LOG = Path.of(System.getProperty("samling.production.log", "target/server-production.log"));
    private static final List<String> DEMO = List.of("admin@samling.example", "chair@samling.example",
            "reviewer1@samling.example", "author1@samling.example");

    @Test
    void anEmptyDatabaseGetsNoDemoAndTheFirstAdminChoosesAPasswordThroughTheLoggedLinkOnce() throws Exception {
        assertEquals(200, Http.get(BASE + "/health/ready").statusCode(), "the production server is ready");

        // No demo conference, no demo account: the public password opens nothing.
        assertEquals(404, Http.get(BASE + "/c/nsw2027").statusCode());
        assertFalse(Http.get(BASE + "/api/conferences/open").body().contains("nsw"));
        for (String demo : DEMO) {
            try (Browser b = new Browser()) {
                logIn(b, demo, "samling-demo");
                assertTrue(b.text("#messages").contains("The e-mail address or the password is wrong."),
                        demo + ": " + b.pageText());
            }
        }

        String link = linkInLog();
        assertTrue(link.startsWith(BASE + "/reset.xhtml?token="), link);
        String password = "første administrator " + System.nanoTime();
        try (Browser b = new Browser()) {
            b.open(link);
            b.type("reset:password", password).type("reset:passwordRepeat", password);
            b.click(Browser.id("reset:submit"));
            assertTrue(b.text("#reset-done").contains("Your new password is saved"), b.pageText());

            logIn(b, ADMIN, password);
            b.open(BASE + "/admin/index.xhtml");
            assertTrue(b.path().contains("/admin/"), b.path());
            assertFalse(b.pageText().contains("Log in"), b.pageText());
            b.assertAccessible();

            // The link worked once.
            b.open(link);
            assertTrue(b.pageText().contains("already been used"), b.pageText());
        }
    }

    private static void logIn(Browser b, String email, String password) {
        b.open(BASE + "/login.xhtml");
        b.type("login:email", email).type("login:password", password);
        b.click(Browser.id("login:submit"));
    }

    /** The set-password link the server wrote to its log at its first start (it may still be writing). */
    private static String linkInLog() throws IOException, InterruptedException {
        Pattern p = Pattern.compile("(http\\S+/reset\\.xhtml\\?token=\\S+)");
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            if (Files.exists(LOG)) {
                Matcher m = p.matcher(Files.readString(LOG, StandardCharsets.UTF_8));
                if (m.find()) {
                    return m.group(1);
                }
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("no set-password link in " + LOG);
            }
            Thread.sleep(500);
        }
    }
}
