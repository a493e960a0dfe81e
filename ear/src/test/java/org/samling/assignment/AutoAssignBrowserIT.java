package org.samling.assignment;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair runs the automatic assignment on the demo conference (in the background, with its
 * progress), reads the proposal and why a pair was chosen, applies it; the reviewer who got the
 * poster finds it under My reviews.
 */
class AutoAssignBrowserIT {

    private static final Map<String, String> EMAILS = Map.of("Åsa Lindqvist", "reviewer1@samling.example",
            "Lars Øvergaard", "reviewer2@samling.example", "Sanna Mäkinen", "reviewer3@samling.example");

    @Test
    void theChairRunsPreviewsExplainsAndAppliesAndTheReviewerSeesIt() {
        String reviewer;
        List<String> applied;
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#auto-assign-nsw2027");
            assertEquals("Automatic assignment", b.text("#auto-heading"));
            b.assertAccessible();

            b.type("options:k", "2");
            b.find(Browser.id("options:run")).click();
            WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(60));
            wait.until(d -> !d.findElements(By.id("auto-changes")).isEmpty() || !d.findElements(By.id("shortfalls")).isEmpty());
            assertTrue(b.text("#run-step").startsWith("Done"), b.text("#run-step"));
            assertTrue(b.driver().findElements(By.id("shortfalls")).isEmpty(), b.pageText());
            assertTrue(b.text("#auto-summary").contains("Best total"), b.text("#auto-summary"));

            List<WebElement> poster = b.driver().findElements(By.cssSelector("#auto-changes tr.auto-pair")).stream()
                    .filter(r -> r.getText().contains("Digitale handleplaner")).toList();
            assertFalse(poster.isEmpty(), b.text("#auto-changes"));
            WebElement first = poster.get(0);
            reviewer = first.findElements(By.tagName("td")).get(1).getText();
            first.findElement(By.cssSelector("details.why summary")).click();
            String why = first.findElement(By.cssSelector("details.why")).getText();
            assertTrue(why.contains("Bid:") && why.contains("Shared keywords:") && why.contains("Text similarity"), why);
            assertFalse(b.text("#auto-changes").contains("Søren Højgaard"), "no author on the chair's proposal either");
            b.assertAccessible();

            applied = b.driver().findElements(By.cssSelector("#auto-changes tr.auto-pair")).stream()
                    .filter(r -> !r.getText().contains("(pinned)")).map(r -> r.getAttribute("id")).toList();
            b.click(Browser.id("result:apply"));
            assertTrue(b.text("#messages").contains("The plan is applied"), b.pageText());
        }
        String email = EMAILS.get(reviewer);
        assertTrue(email != null, "a demo reviewer: " + reviewer);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, "samling-demo");
            b.open("/reviewer/reviews.xhtml?c=nsw2027");
            assertTrue(b.text("#my-reviews").contains("Digitale handleplaner"), b.text("#my-reviews"));
        }
        try (Browser b = new Browser()) {
            // The applied assignments go again through the same pipeline, so the test passes again on this server.
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#assignments-nsw2027");
            for (String pair : applied) {
                String[] ids = pair.substring("pair-".length()).split("-");
                b.click("#submission-" + ids[0] + " li.reviewer[data-account='" + ids[1] + "'] input[id$='remove']");
            }
            b.click(Browser.id("plan:apply"));
            assertTrue(
                    b.text("#messages").contains(
                            "The plan is applied: " + applied.size() + (applied.size() == 1 ? " change." : " changes.")),
                    b.pageText());
        }
    }
}
