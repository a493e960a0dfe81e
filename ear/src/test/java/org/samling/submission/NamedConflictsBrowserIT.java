package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An author names a committee member who should not review their abstract; the choice is kept. */
class NamedConflictsBrowserIT {

    private static final String PASSWORD = "rødgrød med fløde";

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    private static WebElement box(Browser b, String name) {
        return b.driver().findElements(By.cssSelector(".named-conflicts label")).stream()
                .filter(l -> l.getText().equals(name)).findFirst()
                .map(l -> b.driver().findElement(By.id(l.getAttribute("for"))))
                .orElseThrow(() -> new AssertionError(b.text(".named-conflicts")));
    }

    @Test
    void anAuthorNamesACommitteeMember() {
        String email = Accounts.confirmed(mail, "ida", "ucn.dk", "Ida Brøgger", "da", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/author/submission.xhtml?c=nsw2027");
            b.type("submission:title", "Børn i plejefamilier og deres søskende");
            b.click(Browser.id("submission:save"));
            String committee = b.text(".named-conflicts");
            assertTrue(committee.contains("Åsa Lindqvist") && committee.contains("Lars Øvergaard"), committee);
            assertFalse(committee.contains("@"), "names only, no addresses");
            box(b, "Lars Øvergaard").click();
            b.assertAccessible();
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("Din kladde er gemt"), b.pageText());
            assertTrue(box(b, "Lars Øvergaard").isSelected(), "the choice is kept");
            assertFalse(box(b, "Åsa Lindqvist").isSelected());
        }
    }
}
