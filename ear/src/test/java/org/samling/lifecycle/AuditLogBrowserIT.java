package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chair reads the history of nsw2026 in the conference's log, narrows it to one reviewer's
 * reviews, is told which field is wrong when the submission number is not a number, and downloads
 * what the filter shows as CSV; the admin finds a refused log-in in the site's log.
 */
class AuditLogBrowserIT {

    /** Fetches a URL with the browser's own session: "status content-type" and the body. */
    private static String fetch(Browser b, String href) {
        return (String) b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('content-type')"
                + " + '\\n' + t))).catch(e => done('error ' + e));", href);
    }

    private static List<String> column(Browser b, String css) {
        return b.driver().findElements(By.cssSelector("#log-table " + css)).stream().map(WebElement::getText).toList();
    }

    @Test
    void theChairFiltersTheLogOfNsw2026AndDownloadsIt() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair2026@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#log-nsw2026");
            assertEquals("Logg · nsw2026", b.text("#chair-log"));
            List<String> kinds = column(b, ".log-kind");
            assertTrue(kinds.contains("Beslut fattat"), "the demo's history: " + kinds);
            b.assertAccessible();

            b.selectByText("log:kind", "Bidrag inskickat");
            b.click(Browser.id("log:filter"));
            assertTrue(column(b, ".log-kind").size() >= 4, "the demo's submissions: " + column(b, ".log-kind"));
            assertTrue(column(b, ".log-kind").stream().allMatch("Bidrag inskickat"::equals), column(b, ".log-kind").toString());

            b.type("log:person", "Lindqvist");
            b.selectByText("log:kind", "Granskning inskickad");
            b.click(Browser.id("log:filter"));
            List<String> actors = column(b, ".log-actor");
            assertFalse(actors.isEmpty(), b.pageText());
            assertTrue(actors.stream().allMatch("Åsa Lindqvist"::equals), actors.toString());
            assertTrue(column(b, ".log-kind").stream().allMatch("Granskning inskickad"::equals));
            assertTrue(column(b, ".log-changes").get(0).contains("recommendation:"), column(b, ".log-changes").toString());

            // A wrong number is named at its field; the filter shown stays as it was.
            b.type("log:submission", "tolv");
            b.click(Browser.id("log:filter"));
            assertTrue(b.messageAt("log:submission").contains("t.ex. 42"), b.messageAt("log:submission"));
            assertEquals(actors, column(b, ".log-actor"));
            b.assertAccessible();

            // The retention period: a wrong one is named at its field; a right one says when the data goes.
            b.type("retention:months", "två år");
            b.click(Browser.id("retention:save"));
            assertTrue(b.messageAt("retention:months").contains("ett helt antal månader från 1 till 120"),
                    b.messageAt("retention:months"));
            String demo = b.text("#retention-state");
            assertTrue(demo.startsWith("Raderas den"), "the demo keeps nsw2026 for 24 months: " + demo);
            b.type("retention:months", "36");
            b.click(Browser.id("retention:save"));
            assertTrue(b.text("#retention-state").startsWith("Raderas den") && !b.text("#retention-state").equals(demo),
                    b.text("#retention-state"));
            b.assertAccessible();
            b.type("retention:months", "24");
            b.click(Browser.id("retention:save"));
            assertEquals(demo, b.text("#retention-state"), "the demo's period again");

            String csv = fetch(b, b.find("#log-csv").getAttribute("href"));
            assertTrue(csv.startsWith("200 text/csv"), csv);
            assertTrue(csv.contains("Åsa Lindqvist") && csv.contains("REVIEW_SUBMITTED"), csv);
            assertFalse(csv.contains("DECISION_MADE"), "the filter holds in the file too: " + csv);
        }
    }

    @Test
    void theAdminFindsARefusedLogInInTheSiteLog() {
        try (Browser b = new Browser()) {
            b.open("/login.xhtml");
            b.type("login:email", "reviewer3@samling.example");
            b.type("login:password", "not-the-password");
            b.click(Browser.id("login:submit"));
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "admin@samling.example", "samling-demo");
            b.open("/admin/index.xhtml");
            b.click("#site-log-link");
            assertEquals("Logg for hele nettstedet", b.text("#site-log"));
            b.selectByText("log:kind", "Innlogging avvist");
            b.click(Browser.id("log:filter"));
            List<String> subjects = column(b, ".log-subject");
            int sanna = subjects.indexOf("Sanna Mäkinen");
            assertTrue(sanna >= 0, subjects.toString());
            assertEquals("Samling", column(b, ".log-actor").get(sanna));
            assertTrue(column(b, ".log-changes").get(sanna).contains("reason: wrongPassword"), b.pageText());
            b.assertAccessible();
        }
    }
}
