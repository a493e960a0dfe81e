package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;
import org.samling.identity.service.Totp;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-step verification as a person sets it up and uses it: the QR code and the key on the
 * Security page, a first code from the app turns it on and shows ten recovery codes once; the next
 * log-in asks for a code after the password, refuses a wrong one, takes the app's code, and takes
 * a recovery code once. The admin's rule that chairs must have it closes a chair's pages until then.
 */
class SecondFactorBrowserIT {

    @RegisterExtension
    static final MailCatcher MAIL = new MailCatcher();

    private static final String PASSWORD = "to trin er bedre end ét";

    private static void logOut(Browser b) {
        b.click(Browser.id("logoutForm:logout"));
    }

    @Test
    void aPersonTurnsOnTwoStepVerificationAndLogsInWithTheAppsCodeOrARecoveryCode() {
        String email = Accounts.confirmed(MAIL, "totp", "it.samling.example", "Astrid Næss", "en", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, email, PASSWORD);
            b.open("/author/security.xhtml");
            assertEquals("Two-step verification is off.", b.text("#second-factor-state"));
            b.click(Browser.id("secondFactor:start"));
            assertTrue(b.find("#qr").getAttribute("src").startsWith("data:image/png;base64,"));
            String secret = b.text("#secret");
            b.assertAccessible();

            b.type("secondFactor:code", "123456");
            b.click(Browser.id("secondFactor:confirm"));
            assertTrue(b.messageAt("secondFactor:code").contains("not right"), b.pageText());
            b.type("secondFactor:code", Totp.code(secret, Totp.step(Instant.now())));
            b.click(Browser.id("secondFactor:confirm"));
            List<String> recovery = b.driver().findElements(By.cssSelector("#recovery-codes code")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(10, recovery.size(), b.pageText());
            assertTrue(b.text("#second-factor-state").startsWith("Two-step verification is on"), b.pageText());
            b.screenshot("second-factor-on");
            logOut(b);

            // The password alone opens nothing: the code is asked on its own page.
            Accounts.logIn(b, email, PASSWORD);
            assertTrue(b.path().startsWith("/login-code.xhtml"), b.path() + " " + b.pageText());
            b.assertAccessible();
            b.type("code:value", "000000");
            b.click(Browser.id("code:submit"));
            assertTrue(b.text("#messages").contains("not right"), b.pageText());
            assertTrue(b.path().startsWith("/login-code.xhtml"), "still asked");
            // The app's code of the next half minute (the one of the first step is used up).
            b.type("code:value", Totp.code(secret, Totp.step(Instant.now()) + 1));
            b.click(Browser.id("code:submit"));
            assertEquals("/author/submissions.xhtml", b.path());
            logOut(b);

            // A recovery code works once.
            for (int attempt = 1; attempt <= 2; attempt++) {
                Accounts.logIn(b, email, PASSWORD);
                b.type("code:value", recovery.get(0));
                b.click(Browser.id("code:submit"));
                if (attempt == 1) {
                    assertEquals("/author/submissions.xhtml", b.path());
                    logOut(b);
                } else {
                    assertTrue(b.text("#messages").contains("not right"), "used up: " + b.pageText());
                }
            }
        }
    }

    @Test
    void whenTheSiteRequiresItAChairsPagesStayClosedUntilTheChairHasIt() {
        try (Browser admin = new Browser(); Browser chair = new Browser()) {
            Accounts.logIn(admin, "admin@samling.example", "samling-demo");
            admin.open("/admin/index.xhtml?lang=en");
            admin.find(Browser.id("siteSecurity:required")).click();
            admin.click(Browser.id("siteSecurity:save"));
            assertTrue(admin.messageAt("siteSecurity:required").contains("Turn on two-step verification for yourself first"),
                    "an admin cannot lock herself out: " + admin.pageText());

            // She turns it on for herself (her session counts as passed from then), then requires it.
            admin.open("/author/security.xhtml");
            admin.click(Browser.id("secondFactor:start"));
            String secret = admin.text("#secret");
            admin.type("secondFactor:code", Totp.code(secret, Totp.step(Instant.now())));
            admin.click(Browser.id("secondFactor:confirm"));
            try {
                admin.open("/admin/index.xhtml");
                admin.find(Browser.id("siteSecurity:required")).click();
                admin.click(Browser.id("siteSecurity:save"));
                assertTrue(admin.find(Browser.id("siteSecurity:required")).isSelected(), admin.pageText());

                Accounts.logIn(chair, "chair2026@samling.example", "samling-demo");
                chair.open("/chair/index.xhtml");
                // Björn reads Swedish: his chair pages open "när tvåstegsverifiering är på".
                assertTrue(chair.text("#second-factor-due").contains("tvåstegsverifiering är på"), chair.pageText());
                assertFalse(chair.pageText().contains("nsw2026"), "no chair page");
                chair.assertAccessible();
            } finally {
                // The demo as it was: nothing required, the admin without a second factor.
                admin.open("/admin/index.xhtml");
                if (admin.find(Browser.id("siteSecurity:required")).isSelected()) {
                    admin.find(Browser.id("siteSecurity:required")).click();
                    admin.click(Browser.id("siteSecurity:save"));
                }
                admin.open("/author/security.xhtml");
                admin.type("secondFactor:code", Totp.code(secret, Totp.step(Instant.now()) + 1));
                admin.click(Browser.id("secondFactor:disable"));
                assertEquals("Two-step verification is off.", admin.text("#second-factor-state"));
            }
        }
    }
}
