package org.samling.submission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WindowType;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same draft open in two tabs: the second, stale save is refused with a message and nothing is overwritten. */
class TwoTabsBrowserIT {

    private static final String PASSWORD = "rödgröt med grädde";

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Test
    void aStaleTabsSaveGetsTheMessageAndKeepsBothTexts() {
        String email = Accounts.confirmed(mail, "ebba", "lu.se", "Ebba Nyström", "sv", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/author/submission.xhtml?c=nsw2027");
            b.type("submission:title", "Första utkastet");
            b.click(Browser.id("submission:save"));
            String draft = b.path();
            assertTrue(draft.startsWith("/author/submission.xhtml?id="), draft);
            String firstTab = b.driver().getWindowHandle();

            b.driver().switchTo().newWindow(WindowType.TAB);
            b.open(draft);
            b.type("submission:title", "Från den andra fliken");
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("sparat"), b.pageText());

            b.driver().switchTo().window(firstTab);
            b.type("submission:title", "Från den första fliken");
            b.click(Browser.id("submission:save"));
            assertTrue(b.text("#messages").contains("sparades någon annanstans"), b.pageText());
            assertEquals("Från den första fliken", b.value("submission:title"), "the typed text stays in the form");
            b.assertAccessible();

            b.open(draft);
            assertEquals("Från den andra fliken", b.value("submission:title"), "the other tab's save was not overwritten");
        }
    }
}
