package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;
import org.samling.browser.Pdfs;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An author reads the call, writes a Danish abstract with a co-author, saves a draft, submits,
 * gets the receipt, corrects a mistake, withdraws; after the deadline the form refuses.
 */
class SubmissionBrowserIT {

    private static final String PASSWORD = "rødgrød med fløde";

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Test
    void anAuthorSubmitsADanishAbstractEditsAndWithdrawsIt() {
        String email = Accounts.confirmed(mail, "soeren", "aau.dk", "Søren Ærenlund", "da", PASSWORD);
        String coAuthor = "bo.oe." + System.nanoTime() + "@kp.dk";
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/c/nsw2027");
            assertTrue(b.text("#tracks").contains("Børn og unge"), b.text("#tracks"));
            assertTrue(b.text("#deadline").endsWith("(Europe/Copenhagen)"));
            assertTrue(b.text("#deadline-local").contains("("), "the deadline in the reader's own zone");
            assertFalse(b.text("#countdown").isBlank());
            assertTrue(b.driver().findElements(By.id("conference-program")).isEmpty(),
                    "no programme link before one is published");
            assertEquals(b.find("#deadline").getAttribute("datetime"), b.find("#countdown").getAttribute("data-countdown"),
                    "one deadline: the countdown ends at the public deadline, not after the server's grace period");
            b.assertAccessible();

            b.click("#submit-abstract");
            assertEquals("Dit abstract", b.text("#submission-heading"));
            assertEquals("Søren Ærenlund", b.find(".author-row input[id$='authorName']").getAttribute("value"),
                    "the author is the first author to begin with");
            // What submitting needs is marked, for the eye and for a screen reader; what it does not need is not.
            for (String needed : List.of("title", "abstractText", "abstractLanguage", "track", "type")) {
                assertTrue(b.driver().findElement(By.cssSelector("label[for='submission:" + needed + "']")).getAttribute("class")
                        .contains("required"), needed);
                assertEquals("true", b.find(Browser.id("submission:" + needed)).getAttribute("aria-required"), needed);
            }
            assertFalse(b.driver().findElement(By.cssSelector("label[for='submission:keywords']")).getAttribute("class")
                    .contains("required"));
            assertTrue(b.text("#required-hint").startsWith("Felter mærket * skal udfyldes"), b.text("#required-hint"));
            b.type("submission:title", "Når familien sidder for bordet: æ, ø og å i børnesager");
            b.type("submission:abstractText",
                    "Familierådslagning giver familien ansvaret for planen. Vi har talt med 42 familier.");
            // Familierådslagning giver familien ansvaret for planen. Vi har talt med 42 familier: 12 words.
            assertEquals("12 af 300 ord", b.text("#word-count"));
            b.type("submission:keywords", "familierådslagning, børn og unge");
            b.select("submission:abstractLanguage", "DA");
            b.selectByText("submission:track", "Børn og unge");
            b.selectByText("submission:type", "Oplæg (20 minutter)");
            b.click(Browser.id("submission:addAuthor"));
            b.typeIn(".author-row:nth-of-type(2) input[id$='authorName']", "Bo Østergård");
            b.typeIn(".author-row:nth-of-type(2) input[id$='authorEmail']", coAuthor);
            b.assertAccessible();

            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("Din kladde er gemt"), b.pageText());
            assertTrue(b.path().startsWith("/author/submission.xhtml?id="), b.path());
            assertTrue(b.text("#submission-state").contains("Kladde"));
            assertTrue(mail.count(email) == 1, "only the confirmation so far; no receipt for a draft");

            // A PDF that names the author: accepted, with the anonymity warning before submitting.
            b.driver().findElement(By.id("pdfForm:pdf"))
                    .sendKeys(Pdfs.onePage("Søren Ærenlund, Aalborg Universitet").toString());
            b.click(Browser.id("pdfForm:upload"));
            assertTrue(b.text("#pdf-current").contains("1 side"), b.text("#pdf-current"));
            String warning = b.text("#anonymity-warning");
            assertTrue(warning.contains("\"Søren Ærenlund\" i teksten"), warning);
            assertTrue(warning.contains("\"Aalborg Universitet\" i teksten"), warning);
            b.assertAccessible();
            b.screenshot("submission-pdf-warning-da");

            b.click(Browser.id("submission:submit"));
            assertEquals("/author/submissions.xhtml", b.path());
            assertTrue(b.text("#messages").contains("Dit abstract er indsendt"), b.pageText());
            assertTrue(b.text("#submissions-table").contains("Indsendt"), b.text("#submissions-table"));
            b.assertAccessible();

            MailCatcher.Mail receipt = mail.awaitMailTo(email);
            assertEquals("Kvittering: \"Når familien sidder for bordet: æ, ø og å i børnesager\" er indsendt til "
                    + "Nordic Social Work Conference 2027: Welfare at the Threshold", receipt.subject());
            assertTrue(receipt.body().contains("Forfattere: Søren Ærenlund, Bo Østergård"), receipt.body());
            assertTrue(receipt.body().matches("(?s).*Nummer: \\d+\\s.*PDF: \\S+\\.pdf\\s.*"),
                    "the number and the PDF's name: " + receipt.body());
            assertTrue(receipt.body().contains("Familierådslagning giver"), "the abstract as submitted");
            assertTrue(mail.awaitMailTo(coAuthor).subject().startsWith("Du er medforfatter"));

            // A mistake while editing: named at its field, and nothing typed or saved is lost.
            b.click("#submissions-table a");
            b.type("submission:title", "");
            b.click(Browser.id("submission:save"));
            assertTrue(b.messageAt("submission:title").contains("Titel: skal udfyldes."), b.messageAt("submission:title"));
            assertTrue(b.value("submission:abstractText").startsWith("Familierådslagning giver"));
            b.type("submission:title", "Familien ved bordet");
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("Dine ændringer er gemt"), b.pageText());
            assertTrue(b.text("#submissions-table").contains("Familien ved bordet"));
            MailCatcher.Mail notice = mail.awaitMailTo(email, "Ændret: \"Familien ved bordet\"");
            assertTrue(notice.body().contains("Det ændrede: Titel"), notice.body());

            b.click("#submissions-table a");
            b.clickAndConfirm(Browser.id("submission:withdraw"));
            assertTrue(b.text("#messages").contains("Bidraget er trukket tilbage."), b.pageText());
            assertTrue(b.text("#submissions-table").contains("Trukket tilbage"));
            b.screenshot("submission-withdrawn-da");
        }
    }

    @Test
    void afterTheDeadlineTheFormRefusesAndSaysWhenItWas() {
        String email = Accounts.confirmed(mail, "sent", "aau.dk", "Sidsel Sen", "da", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/c/nsw2026");
            assertEquals("Indkaldelsen er lukket.", b.text("#call-phase"));
            assertTrue(b.driver().findElements(By.id("submit-abstract")).isEmpty());

            b.open("/author/submission.xhtml?c=nsw2026");
            b.type("submission:title", "For sent, men med æ, ø og å");
            b.click(Browser.id("submission:save"));
            String message = b.text("#messages");
            assertTrue(message.startsWith("Fristen var ") && message.contains("(Europe/Stockholm)"), message);
            assertEquals("For sent, men med æ, ø og å", b.value("submission:title"), "what was typed stays");
            b.open("/author/submissions.xhtml");
            assertEquals("Du har ingen bidrag endnu.", b.text("#no-submissions"));
        }
    }
}
