package org.samling.review;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.MailCatcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The chair invites a colleague by e-mail (a malformed address named at its field); the colleague
 * opens the mailed link, logs in from it, accepts, and lands in the reviewer area; the chair sees
 * the invitation accepted and the new member with the load.
 */
class CommitteeBrowserIT {

    private static final String PASSWORD = "rødgrøt med fløte";

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Test
    void aColleagueAcceptsAnInvitationFromTheMailedLink() {
        String email = Accounts.confirmed(mail, "nina", "uib.no", "Nina Haugland", "nb", PASSWORD);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-da");
            b.click("#committee-nsw2027");
            assertEquals("Udvalg", b.text("#committee-heading"));
            assertTrue(b.text("#members-table").contains("Åsa Lindqvist"), b.text("#members-table"));
            assertTrue(b.text("#invitations-table").contains("kari.nordmann@uio.example"), "the demo invitation");
            b.assertAccessible();

            b.type("invite:email", "nina.haugland@");
            b.click(Browser.id("invite:send"));
            assertTrue(b.messageAt("invite:email").startsWith("E-mail:"), b.messageAt("invite:email"));
            b.type("invite:email", email);
            b.type("invite:name", "Nina Haugland");
            setValue(b, "invite:maxLoad", "5");
            b.click(Browser.id("invite:send"));
            assertTrue(b.text("#messages").contains("Invitationen er på vej"), b.pageText());
        }
        MailCatcher.Mail invitation = mail.awaitMailTo(email);
        assertTrue(invitation.subject().startsWith("Invitasjon til å vurdere"), invitation.subject());
        try (Browser b = new Browser()) {
            b.open(invitation.link());
            assertTrue(b.text("#invitation-intro").contains("Nordic Social Work Conference 2027"), b.text("#invitation-intro"));
            b.click("#invitation-login");
            b.type("login:email", email).type("login:password", PASSWORD);
            b.click(Browser.id("login:submit"));
            assertTrue(b.path().startsWith("/invitation.xhtml"), "back at the invitation after logging in: " + b.path());
            b.assertAccessible();
            b.click(Browser.id("answer:accept"));
            assertTrue(b.path().startsWith("/reviewer/profile.xhtml"), b.path());
            assertTrue(b.text("#messages").contains("Velkommen i komiteen"), b.pageText());
            b.open("/reviewer/index.xhtml");
            assertTrue(b.find("#bids-nsw2027").isDisplayed());
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/committee.xhtml?c=nsw2027&lang=da");
            assertTrue(b.text("#members-table").contains("Nina Haugland"), b.text("#members-table"));
            assertTrue(b.text("#invitations-table").contains("Har sagt ja"), b.text("#invitations-table"));

            // Her loads changed in place.
            WebElement row = b.driver().findElements(By.cssSelector("#members-table tr"))
                    .stream().filter(r -> r.getText().contains("Nina Haugland")).findFirst().orElseThrow();
            WebElement max = row.findElement(By.cssSelector("input.max-load"));
            max.clear();
            max.sendKeys("7");
            WebElement oldPage = b.find("html");
            row.findElement(By.cssSelector("input[id$='saveLoads']")).click();
            b.awaitReplaced(oldPage);
            assertTrue(b.text("#messages").contains("Belastningen er gemt."), b.pageText());
            assertEquals("7", b.driver().findElements(By.cssSelector("#members-table tr")).stream()
                    .filter(r -> r.getText().contains("Nina Haugland")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("input.max-load")).getAttribute("value"));
        }
    }

    private static void setValue(Browser b, String jsfId, String value) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.find(Browser.id(jsfId)), value);
    }
}
