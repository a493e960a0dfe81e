package org.samling.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person erases their own account from the profile (the password again, a confirmation) and
 * ends on the front page, logged out; an admin erases another's account on request, and that
 * person's log-in no longer works.
 */
class ErasureBrowserIT {

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    private static final String PASSWORD = "fjällräv i snö";

    @Test
    void aPersonErasesTheirOwnAccount() {
        String email = Accounts.confirmed(mail, "erase", "it.samling.example", "Tove Jansson", "sv", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/author/profile.xhtml");
            assertEquals("Radera mitt konto", b.text("#erase-heading"));
            b.assertAccessible();
            b.type("erase:password", "fel lösenord");
            b.clickAndConfirm(Browser.id("erase:submit"));
            assertTrue(b.messageAt("erase:password").contains("lösenordet är fel"), b.messageAt("erase:password"));
            b.type("erase:password", PASSWORD);
            b.clickAndConfirm(Browser.id("erase:submit"));
            assertTrue(b.text("#erased-notice").startsWith("Ditt konto är raderat"), b.pageText());
            b.assertAccessible();
            Accounts.logIn(b, email, PASSWORD);
            assertEquals("/login.xhtml", b.path());
        }
    }

    @Test
    void theAdminErasesAnAccountOnRequest() {
        String email = Accounts.confirmed(mail, "request", "it.samling.example", "Aksel Sandemose", "nb", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "admin@samling.example", "samling-demo");
            b.open("/admin/index.xhtml");
            b.type("adminErase:email", "nobody." + email);
            b.clickAndConfirm(Browser.id("adminErase:submit"));
            assertTrue(b.messageAt("adminErase:email").contains("ingen konto har denne adressen"),
                    b.messageAt("adminErase:email"));
            b.type("adminErase:email", email);
            b.clickAndConfirm(Browser.id("adminErase:submit"));
            assertTrue(b.text("#messages").contains("Kontoen er slettet; den vises heretter som «Erased person"), b.pageText());
            b.assertAccessible();
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            assertEquals("/login.xhtml", b.path());
        }
    }
}
