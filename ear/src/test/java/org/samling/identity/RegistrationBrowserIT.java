package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.samling.browser.Browser;
import org.samling.browser.Http;
import org.samling.browser.MailCatcher;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A visitor opens Samling, switches to Danish, registers (first with mistakes), confirms the
 * address from the mail, logs in and finds the empty "Mine bidrag" page.
 */
class RegistrationBrowserIT {

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    @Test
    void aVisitorRegistersInDanishConfirmsAndSeesHerEmptySubmissions() {
        String email = "ase.brondum." + System.nanoTime() + "@kp.dk";
        try (Browser b = new Browser()) {
            b.open("/");
            assertEquals("Conferences calling for contributions", b.text("h1"));
            assertTrue(b.text("#open-calls").contains("Nordic Social Work Conference 2027"));
            b.assertAccessible();
            // Beyond open calls: a conference to come whose programme is out and whose registration is open.
            String coming = b.text("#coming [data-acronym='nsw2026']");
            assertTrue(coming.contains("Nordic Social Work Conference 2026"), coming);
            assertTrue(b.find("#coming [data-acronym='nsw2026'] a.coming-programme").getAttribute("href")
                    .endsWith("/c/nsw2026/program"));
            assertTrue(b.find("#coming [data-acronym='nsw2026'] a.coming-register").getAttribute("href")
                    .endsWith("/c/nsw2026/register"));
            HttpResponse<String> icon = Http.get(b.driver().findElement(By.cssSelector("link[rel=icon]")).getAttribute("href"));
            assertEquals(200, icon.statusCode(), "the tab shows Samling's icon");
            assertTrue(icon.headers().firstValue("Content-Type").orElse("").startsWith("image/svg+xml"),
                    icon.headers().toString());

            b.click("#lang-da");
            assertEquals("Konferencer, der indkalder bidrag", b.text("h1"));
            assertEquals("da", b.find("html").getAttribute("lang"));
            b.assertAccessible();

            b.click("#nav-register");
            assertEquals("Opret en konto", b.text("h1"));
            b.assertAccessible();

            // Mistakes first: each is named at its field, and what was typed stays.
            b.type("register:email", "åse.brøndum@").type("register:name", "Åse Brøndum")
                    .type("register:affiliation", "Københavns Professionshøjskole").select("register:country", "DK")
                    .type("register:password", "kort").type("register:passwordRepeat", "kort");
            b.click(Browser.id("register:submit"));
            assertTrue(b.messageAt("register:email").contains("E-mail: dette er ikke en gyldig e-mailadresse"),
                    b.messageAt("register:email"));
            assertTrue(b.messageAt("register:password").contains("Adgangskode: mindst 10 tegn"),
                    b.messageAt("register:password"));
            assertEquals("Åse Brøndum", b.value("register:name"));
            assertEquals("Københavns Professionshøjskole", b.value("register:affiliation"));
            b.assertAccessible();

            b.type("register:email", email).type("register:password", "rødgrød med fløde")
                    .type("register:passwordRepeat", "rødgrød med fløde");
            b.click(Browser.id("register:submit"));
            assertTrue(b.text("#registered").startsWith("Tak."), b.pageText());
            b.screenshot("registered-da");

            MailCatcher.Mail confirmation = mail.awaitMailTo(email);
            assertEquals("Bekræft din e-mailadresse til Samling", confirmation.subject());
            assertTrue(confirmation.body().startsWith("Kære Åse Brøndum"), confirmation.body());

            b.open(confirmation.link());
            assertTrue(b.text("#confirmed").contains("bekræftet"), b.pageText());
            b.assertAccessible();

            b.click("#confirm-login");
            b.type("login:email", email).type("login:password", "rødgrød med fløde");
            b.click(Browser.id("login:submit"));
            assertEquals("/author/submissions.xhtml", b.path());
            assertEquals("Mine bidrag", b.text("#my-submissions"));
            assertEquals("Du har ingen bidrag endnu.", b.text("#no-submissions"));
            assertEquals("Åse Brøndum", b.text("#nav-profile"));
            b.assertAccessible();
            b.screenshot("my-submissions-da");

            b.click(Browser.id("logoutForm:logout"));
            assertTrue(b.find("#nav-login").isDisplayed());
        }
    }
}
