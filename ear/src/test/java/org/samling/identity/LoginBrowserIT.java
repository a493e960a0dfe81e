package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wrong passwords and the block; who reaches the chair area; a forgotten password. */
class LoginBrowserIT {

    private static final String PASSWORD = "tusen takk for sist";
    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    private static String confirmedAccount(String local) {
        return Accounts.confirmed(mail, local, "oslomet.no", "Kari Nordmann", "nb", PASSWORD);
    }

    private static void tryLogin(Browser b, String email, String password) {
        Accounts.logIn(b, email, password);
    }

    @Test
    void wrongPasswordsAreSaidAndTheSixthTryIsBlocked() {
        String email = confirmedAccount("kari");
        try (Browser b = new Browser()) {
            for (int i = 1; i <= 5; i++) {
                tryLogin(b, email, "feil passord " + i);
                String message = b.text("#messages");
                assertTrue(message.contains("The e-mail address or the password is wrong."), "try " + i + ": " + message);
                assertEquals("/login.xhtml", b.path().replaceAll(";jsessionid=.*", "").replaceAll("\\?.*", ""));
                if (i == 1) {
                    b.assertAccessible();
                }
            }
            tryLogin(b, email, PASSWORD);
            String blocked = b.text("#messages");
            assertTrue(blocked.contains("Too many wrong tries") && blocked.contains("blocked until"), blocked);
            assertFalse(b.pageText().contains("My submissions\nYou have no submissions"), "not logged in");
            b.screenshot("login-blocked");
        }
    }

    @Test
    void theDemoChairReachesTheChairAreaAndTheDemoAuthorDoesNot() {
        try (Browser b = new Browser()) {
            b.open("/chair/index.xhtml");
            assertTrue(b.path().startsWith("/login.xhtml?next="), b.path());
            b.type("login:email", "chair@samling.example").type("login:password", "samling-demo");
            b.click(Browser.id("login:submit"));
            assertEquals("/chair/index.xhtml", b.path());
            // The chair's profile language is Danish.
            assertEquals("Formand", b.text("#chair-area"));
            assertTrue(b.pageText().contains("nsw2027") && b.pageText().contains("nsw2026"), b.pageText());
            b.assertAccessible();
        }
        try (Browser b = new Browser()) {
            tryLogin(b, "author1@samling.example", "samling-demo");
            assertEquals("/author/submissions.xhtml", b.path());
            assertTrue(b.driver().findElements(By.id("nav-chair")).isEmpty());
            b.open("/chair/index.xhtml");
            assertEquals("Ikke for dig", b.text("#error-heading"));
            assertFalse(b.pageText().contains("nsw2026"));
            b.assertAccessible();
        }
    }

    @Test
    void aForgottenPasswordIsReplacedThroughTheMailedLink() {
        String email = confirmedAccount("glemt");
        try (Browser b = new Browser()) {
            b.open("/login.xhtml?lang=nb");
            b.click("#forgot-link");
            assertEquals("Glemt passord", b.text("h1"));
            b.type("forgot:email", email);
            b.click(Browser.id("forgot:submit"));
            assertTrue(b.text("#reset-sent").contains("på vei"));

            MailCatcher.Mail reset = mail.awaitMailTo(email, "Velg et nytt passord");
            assertEquals("Velg et nytt passord for Samling", reset.subject());
            b.open(reset.link());
            b.type("reset:password", "nytt og langt passord").type("reset:passwordRepeat", "nytt og langt passord");
            b.click(Browser.id("reset:submit"));
            assertTrue(b.text("#reset-done").contains("lagret"));
            b.assertAccessible();

            b.open(reset.link());
            assertTrue(b.text("#messages").contains("allerede brukt"), b.pageText());

            tryLogin(b, email, "nytt og langt passord");
            assertEquals("/author/submissions.xhtml", b.path());
        }
    }

    @Test
    void aFormLeftOpenPastItsSessionLeadsToTheExpiredPageWithAWayBackNeverAnError() {
        try (Browser b = new Browser()) {
            b.open("/forgot.xhtml?lang=en");
            b.type("forgot:email", "someone@example.org");
            // The session (and the page's state in it) is gone, as after half an hour away.
            b.driver().manage().deleteCookieNamed("JSESSIONID");
            b.click(Browser.id("forgot:submit"));
            assertEquals("The page had expired", b.text("#error-heading"));
            b.click("#back-to-page");
            assertEquals("/forgot.xhtml?lang=en", b.path());
            b.assertAccessible();
        }
    }
}
