package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair opens the list of submissions, sees the authors and the anonymity flag of a PDF,
 * downloads it, grants an extension (a missing reason is named at its field), and finds the mail
 * that told the author in the conference's outbox. An author cannot fetch someone else's PDF.
 */
class ChairSubmissionsBrowserIT {

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    /** Fetches a URL with the browser's own session: "status content-type first-bytes". */
    private static String fetch(Browser b, String href) {
        return (String) b.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(buf => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(buf).slice(0, 5)))))"
                + ".catch(e => done('error ' + e));", href);
    }

    @Test
    void theChairSeesTheFlagDownloadsThePdfAndGrantsAnExtension() {
        String pdfHref;
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#submissions-nsw2027");
            assertEquals("Bidrag", b.text("#chair-submissions"));
            String table = b.text("#chair-submissions-table");
            assertTrue(table.contains("Karin Ekström (Stockholms universitet)"), table);
            assertTrue(table.contains("Søren Højgaard"), table);
            assertTrue(table.contains("individuel fristforlængelse"), "the demo draft's extension: " + table);
            var workshop = b.find("tr.submission-row[data-state='SUBMITTED'] .flag");
            assertTrue(workshop.getText().contains("Anonymitet: PDF-filen nævner"), workshop.getText());
            assertTrue(workshop.getText().contains("Karin Ekström"), workshop.getText());
            b.assertAccessible();

            pdfHref = b.find(".flag").findElement(By.xpath("./ancestor::td//a[@class='pdf-link']")).getAttribute("href");
            assertEquals("200 application/pdf %PDF-", fetch(b, pdfHref));

            String rowId = b.find(".flag").findElement(By.xpath("./ancestor::tr")).getAttribute("id");
            b.click("#" + rowId + " input[id$='extend']");
            assertTrue(b.text("#extension-heading").startsWith("Fristforlængelse for bidrag"), b.text("#extension-heading"));
            assertTrue(b.value("extension:until").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"), b.value("extension:until"));
            b.click(Browser.id("extension:grant"));
            assertTrue(b.messageAt("extension:reason").startsWith("Begrundelse: skal udfyldes."),
                    b.messageAt("extension:reason"));
            b.type("extension:reason", "Workshoppens medarrangør var syg i ugen før fristen.");
            b.click(Browser.id("extension:grant"));
            assertTrue(b.text("#messages").contains("Fristforlængelsen er givet"), b.pageText());
            assertTrue(b.text("#" + rowId).contains("individuel fristforlængelse"), b.text("#" + rowId));

            MailCatcher.Mail told = mail.awaitMailTo("author2@samling.example", "Mer tid för");
            assertTrue(told.subject().startsWith("Mer tid för"), told.subject());
            b.open("/chair/index.xhtml");
            b.click("#outbox-nsw2027");
            assertTrue(b.text("#outbox-table").contains("Mer tid för"), b.text("#outbox-table"));
            b.assertAccessible();
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "author1@samling.example", "samling-demo");
            assertTrue(fetch(b, pdfHref).startsWith("404"), "another author's PDF is not there for Søren");
            b.open("/chair/submissions.xhtml?c=nsw2027");
            assertTrue(b.pageText().contains("403") || b.find("#error-heading").isDisplayed());
        }
    }
}
