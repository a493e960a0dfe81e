package org.samling.decision;

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
 * The chair narrows last year's ranking to the disagreements, decides two submissions at once,
 * previews the mail and sends the notifications; the author then reads the decision and the
 * reviewers' comments to the authors, without any reviewer's name or a comment for the committee.
 */
class DecisionBrowserIT {

    private static WebElement row(Browser b, String titleStart) {
        return b.driver().findElements(By.cssSelector("tr.ranking-row")).stream()
                .filter(r -> r.getText().contains(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError(b.text(Browser.id("ranking:table"))));
    }

    @Test
    void theChairDecidesInBulkAndSendsAndTheAuthorReadsTheDecision() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#decisions-nsw2026");
            assertEquals("Ranking and decisions", b.text("#decisions-heading"));
            b.assertAccessible();

            b.find(Browser.id("ranking:disagreementOnly")).click();
            b.click(Browser.id("ranking:filter"));
            List<WebElement> rows = b.driver().findElements(By.cssSelector("tr.ranking-row"));
            assertEquals(1, rows.size(), b.text(Browser.id("ranking:table")));
            assertTrue(rows.get(0).getText().contains("Digital case records") && rows.get(0).getText().contains("disagreement"));

            b.find(Browser.id("ranking:disagreementOnly")).click();
            b.click(Browser.id("ranking:filter"));
            row(b, "Digital case records").findElement(By.cssSelector("input.tick")).click();
            row(b, "Unga vuxna och bostadslöshet").findElement(By.cssSelector("input.tick")).click();
            b.select("ranking:outcome", "ACCEPT");
            b.type("ranking:note", "Both fit the programme.");
            b.click(Browser.id("ranking:decide-button"));
            assertTrue(b.text("#messages").contains("Decided for 2 submissions."), b.pageText());
            assertTrue(row(b, "Digital case records").getText().contains("Accepted"));

            row(b, "Digital case records").findElement(By.cssSelector("input[id$='preview']")).click();
            String preview = b.text("#mail-preview");
            assertTrue(preview.contains("Accepted: Digital case records"), preview);
            assertFalse(preview.contains("Lars Øvergaard") || preview.contains("Kjenner forfatteren"), preview);

            assertTrue(b.text("#send-state").contains("2 decisions have not been told"), b.text("#send-state"));
            b.click(Browser.id("send:send-button"));
            assertTrue(b.text("#messages").contains("mails are on their way"), b.pageText());
            assertTrue(row(b, "Digital case records").getText().contains("Authors told"));

            // The chair's own wording of the mails, per decision and language.
            b.click("#templates-link");
            assertEquals("Decision mails", b.text("#templates-heading"));
            assertTrue(b.value(b.find("fieldset.template textarea").getAttribute("id")).contains("{1}"));
            b.assertAccessible();
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "author3@samling.example", "samling-demo");
            b.open("/author/submissions.xhtml");
            b.click("#lang-en");
            WebElement mine = b.driver().findElements(By.cssSelector("tr.submission-row")).stream()
                    .filter(r -> r.getText().contains("Digital case records")).findFirst().orElseThrow();
            assertTrue(mine.getText().contains("Accepted"), mine.getText());
            b.click("tr.submission-row[data-state='ACCEPTED'] a.decision-link");
            assertTrue(b.text("#decision-outcome").startsWith("Accepted"), b.text("#decision-outcome"));
            String page = b.pageText();
            assertTrue(page.contains("A strong study with a clear method."), page);
            for (String never : List.of("Åsa Lindqvist", "Lars Øvergaard", "Kjenner forfatteren", "Excellent, accept.")) {
                assertFalse(page.contains(never), never + " shown to the author");
            }
            b.assertAccessible();

            // Withdrawn after acceptance, after a "sure?": recorded, and the chairs see it.
            b.clickAndConfirm(Browser.id("withdraw:withdraw-button"));
            assertTrue(b.text("#withdrawn-notice").contains("You withdrew this submission"), b.pageText());
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/decisions.xhtml?c=nsw2026");
            b.click("#lang-en");
            assertTrue(b.text("#offers-heading").startsWith("Places freed"), b.pageText());
            assertTrue(b.pageText().contains("\"Digital case records and the voice of the service user\""), b.pageText());
        }
    }
}
