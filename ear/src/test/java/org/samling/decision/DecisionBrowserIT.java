package org.samling.decision;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.Pdfs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair narrows the ranking to the disagreements, decides two submissions at once, previews
 * the mail and sends the notifications; the author then reads the decision and the reviewers'
 * comments (and scores, shown here) to the authors, without any reviewer's name or a comment for
 * the committee. An accepted author confirms who presents and sends the final version.
 */
class DecisionBrowserIT {

    private static WebElement row(Browser b, String titleStart) {
        return b.driver().findElements(By.cssSelector("tr.ranking-row")).stream()
                .filter(r -> r.getText().contains(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError(b.text(Browser.id("ranking:table"))));
    }

    @Test
    void theChairReadsEveryReviewInFullOneClickFromTheRanking() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair2026@samling.example", "samling-demo");
            b.open("/chair/decisions.xhtml?c=nsw2026");
            b.click("#lang-en");
            row(b, "Digital case records").findElement(By.cssSelector("a.ranking-title")).click();
            assertTrue(b.text("#submission-title").startsWith("Digital case records"), b.pageText());
            String reviews = b.text("#reviews");
            // Named, with each score's label, both comments (the committee's too), and the discussion.
            assertTrue(reviews.contains("Åsa Lindqvist") && reviews.contains("Lars Øvergaard"), reviews);
            assertTrue(reviews.contains("Relevance to the conference theme: 5 of 5"), reviews);
            assertTrue(reviews.contains("A strong study with a clear method.") && reviews.contains("Kjenner forfatteren? Nei."),
                    reviews);
            assertTrue(reviews.contains("Discussion in the committee"), reviews);
            b.assertAccessible();
            b.screenshot("chair-submission-reviews-en");
        }
    }

    @Test
    void theChairDecidesInBulkAndSendsAndTheAuthorReadsTheDecision() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#decisions-nsw2026");
            assertEquals("Ranking and decisions", b.text("#decisions-heading"));
            assertTrue(b.text("#accepted-counts").contains("Paper: 5 of 12 accepted"), b.text("#accepted-counts"));
            b.assertAccessible();

            b.find(Browser.id("ranking:disagreementOnly")).click();
            b.click(Browser.id("ranking:filter"));
            List<WebElement> rows = b.driver().findElements(By.cssSelector("tr.ranking-row"));
            assertEquals(1, rows.size(), b.text(Browser.id("ranking:table")));
            assertTrue(rows.get(0).getText().contains("Digital case records") && rows.get(0).getText().contains("disagreement"));
            String recommendation = rows.get(0).findElement(By.cssSelector(".recommendation")).getText();
            assertTrue(recommendation.matches("[A-Z][a-z ]+ \\(\\d\\.\\d\\)"),
                    "by its label, the mean beside: " + recommendation);

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
            assertTrue(b.value(b.find("fieldset.template textarea").getAttribute("id")).contains("{title}"));
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
            assertTrue(page.contains("Relevance to the conference theme: 5 of 5 (Excellent)"), "the chairs show scores: " + page);
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

    @Test
    void anAcceptedAuthorConfirmsWhoPresentsAndSendsTheFinalVersion() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "author1@samling.example", "samling-demo");
            b.open("/author/submissions.xhtml");
            b.click("#lang-en");
            b.click("tr.submission-row[data-state='ACCEPTED'] a.decision-link");
            assertTrue(b.text("#final-version").contains("Final version"), b.pageText());
            assertTrue(b.text("#final-deadline").startsWith("Confirm who presents and upload the final version by"),
                    b.text("#final-deadline"));

            // No answer to "will you come?": said at the field, nothing saved.
            b.click(Browser.id("confirmation:confirm-button"));
            assertTrue(b.messageAt("confirmation:attending").contains("Say whether you will come."), b.pageText());
            b.find(Browser.id("confirmation:attending:0")).click();
            b.click(Browser.id("confirmation:confirm-button"));
            assertTrue(b.text("#messages").contains("your answer is saved"), b.pageText());
            assertTrue(b.text("#confirmed-at").startsWith("Last confirmed"), b.pageText());
            b.assertAccessible();
            b.screenshot("decision-final-version-en");

            // The final version: a longer abstract, then the PDF; track and type stay as accepted.
            b.click("#final-version-link");
            assertTrue(b.text("#final-version-hint").contains("Track and type stay as accepted"), b.pageText());
            assertFalse(b.find(Browser.id("submission:track")).isEnabled(), "the track cannot change");
            String abstractText = b.value("submission:abstractText");
            b.type("submission:abstractText", abstractText + " Final version: four schools, one year.");
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("The final version is saved."), b.pageText());
            assertTrue(b.path().startsWith("/author/decision.xhtml"), b.path());
            b.click("#final-version-link");
            assertTrue(b.value("submission:abstractText").endsWith("four schools, one year."));
            b.driver().findElement(By.id("pdfForm:pdf"))
                    .sendKeys(Pdfs.onePage("Skolesocialraadgivere, endelig version").toString());
            b.click(Browser.id("pdfForm:upload"));
            assertTrue(b.text("#pdf-current").contains("1 page"), b.text("#pdf-current"));
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/decisions.xhtml?c=nsw2026");
            b.click("#lang-en");
            assertTrue(row(b, "Socialrådgiveren som brobygger").getText().contains("Søren Højgaard presents and comes"),
                    row(b, "Socialrådgiveren som brobygger").getText());
        }
    }
}
