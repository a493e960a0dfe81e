package org.samling.review;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer bids on blinded submissions and sees the progress; a conflicted reviewer never sees
 * the submission; the chair dismisses a detected conflict (a missing note named at its field) and
 * the reviewer then sees it.
 */
class BiddingBrowserIT {

    private static final List<String> IDENTITIES = List.of("Søren Højgaard", "Maja Østergaard", "Karin Ekström",
            "Emily Carter", "Johan Nilsson", "Stockholms universitet", "Københavns Professionshøjskole",
            "University of Gothenburg", "author1@samling.example", "author2@samling.example");

    private static int[] progress(Browser b) {
        Matcher m = Pattern.compile("(\\d+)\\D+(\\d+)").matcher(b.text("#bid-progress"));
        assertTrue(m.find(), b.text("#bid-progress"));
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    @Test
    void aReviewerBidsWithoutSeeingAuthorsAndTheProgressFollows() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer3@samling.example", "samling-demo");
            b.open("/reviewer/index.xhtml");
            b.click("#bids-nsw2027");
            b.click("#lang-en"); // other tests change this reviewer's language
            assertEquals("Bidding", b.text("#bids-heading"));
            String page = b.pageText();
            for (String identity : IDENTITIES) {
                assertFalse(page.contains(identity), identity + " on a reviewer's page");
            }
            assertFalse(page.contains("Udkast"), "no drafts");
            assertTrue(page.contains("Supervision that sticks"), page);
            b.assertAccessible();

            int[] before = progress(b);
            WebElement card = b.driver().findElements(By.cssSelector(".bid-card")).stream()
                    .filter(c -> new Select(c.findElement(By.cssSelector("select.bid-select"))).getFirstSelectedOption()
                            .getAttribute("value").isEmpty())
                    .findFirst().orElseThrow(() -> new AssertionError("a submission without a bid"));
            String cardId = card.getAttribute("id");
            new Select(card.findElement(By.cssSelector("select.bid-select"))).selectByVisibleText("Eager");
            new WebDriverWait(b.driver(), Duration.ofSeconds(10)).until(d -> progress(b)[0] == before[0] + 1);
            assertEquals(before[1], progress(b)[1]);

            b.open("/reviewer/bids.xhtml?c=nsw2027");
            assertEquals("Eager", new Select(b.find("#" + cardId + " select.bid-select")).getFirstSelectedOption().getText(),
                    "the bid was saved");

            WebElement workshop = b.driver().findElements(By.cssSelector(".bid-card")).stream()
                    .filter(c -> c.getText().contains("Tillit i mötet")).findFirst().orElseThrow();
            assertTrue(workshop.getText().contains("The PDF is withheld from reviewers because its text names an author."),
                    workshop.getText());
            assertTrue(workshop.findElements(By.cssSelector("a.blind-pdf")).isEmpty());
            WebElement paper = b.driver().findElements(By.cssSelector(".bid-card")).stream()
                    .filter(c -> c.getText().contains("Når familien")).findFirst().orElseThrow();
            String href = paper.findElement(By.cssSelector("a.blind-pdf")).getAttribute("href");
            String fetched = (String) b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.arrayBuffer().then(buf => done(r.status + ' '"
                    + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(buf).slice(0, 5)))))"
                    + ".catch(e => done('error ' + e));", href);
            assertEquals("200 application/pdf %PDF-", fetched, "the reviewers' copy of the PDF");
        }
    }

    @Test
    void aConflictKeepsTheSubmissionAwayUntilTheChairDismissesIt() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer2@samling.example", "samling-demo");
            b.open("/reviewer/bids.xhtml?c=nsw2027");
            assertFalse(b.pageText().contains("Tillit i mötet"), "Lars declared a conflict with Karin");
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer1@samling.example", "samling-demo");
            b.open("/reviewer/bids.xhtml?c=nsw2027");
            b.click("#lang-sv");
            assertEquals("Budgivning", b.text("#bids-heading"));
            assertFalse(b.pageText().contains("Supervision that sticks"), "a co-author is at Åsa's university");
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-da");
            b.click("#conflicts-nsw2027");
            assertEquals("Inhabilitet", b.text("#conflicts-heading"));
            WebElement row = b.driver().findElements(By.cssSelector(".conflict-row")).stream()
                    .filter(r -> r.getText().contains("Supervision that sticks") && r.getText().contains("Åsa Lindqvist"))
                    .findFirst().orElseThrow(() -> new AssertionError(b.text("#conflicts-table")));
            assertTrue(
                    row.getText().contains("samme institution: Johan Nilsson: University of Gothenburg ~ Göteborgs universitet"),
                    row.getText());
            String rowId = row.getAttribute("id");
            assertTrue(b.text("#conflicts-table").contains("erklæret: person"), "Lars's declared conflict is listed");
            b.assertAccessible();

            b.click("#" + rowId + " input[id$='decide']");
            b.click(Browser.id("decision:dismiss"));
            assertTrue(b.messageAt("decision:note").startsWith("Note: skal udfyldes."), b.messageAt("decision:note"));
            b.type("decision:note", "Johan Nilsson har forladt Göteborgs universitet.");
            b.click(Browser.id("decision:dismiss"));
            assertTrue(b.text("#messages").contains("Konflikten er afvist"), b.pageText());
            assertEquals("false", b.find("#" + rowId).getAttribute("data-holds"));
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer1@samling.example", "samling-demo");
            b.open("/reviewer/bids.xhtml?c=nsw2027");
            assertTrue(b.pageText().contains("Supervision that sticks"), "dismissed, so Åsa sees it now");
            assertFalse(b.pageText().contains("Johan Nilsson"), "still without its authors");
        }
        try (Browser b = new Browser()) {
            // The chair confirms the conflict after all: the demo as it was, so the test passes again.
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#conflicts-nsw2027");
            String rowId = b.driver().findElements(By.cssSelector(".conflict-row")).stream()
                    .filter(r -> r.getText().contains("Supervision that sticks") && r.getText().contains("Åsa Lindqvist"))
                    .findFirst().orElseThrow().getAttribute("id");
            b.click("#" + rowId + " input[id$='decide']");
            b.type("decision:note", "Johan Nilsson is back at the University of Gothenburg.");
            b.click(Browser.id("decision:confirm"));
            assertTrue(b.text("#messages").contains("confirmed"), b.pageText());
            assertEquals("true", b.find("#" + rowId).getAttribute("data-holds"));
        }
    }
}
