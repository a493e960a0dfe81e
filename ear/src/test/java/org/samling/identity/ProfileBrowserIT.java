package org.samling.identity;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.samling.browser.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person edits their profile; the admin reads the outbox; the site on a phone and by keyboard. */
class ProfileBrowserIT {

    private static void login(Browser b, String email) {
        b.open("/login.xhtml");
        b.type("login:email", email).type("login:password", "samling-demo");
        b.click(Browser.id("login:submit"));
    }

    @Test
    void aReviewerChangesHerProfileAndTheSiteFollowsHerLanguage() {
        try (Browser b = new Browser()) {
            login(b, "reviewer3@samling.example");
            b.click("#nav-profile");
            assertEquals("Your profile", b.text("h1"));
            assertEquals("Sanna Mäkinen", b.value("profile:name"));
            b.assertAccessible();

            b.type("profile:name", "");
            b.click(Browser.id("profile:submit"));
            assertTrue(b.messageAt("profile:name").contains("Name: please fill this in."), b.messageAt("profile:name"));
            assertEquals("University of Helsinki", b.value("profile:affiliation"), "nothing typed is lost");

            b.type("profile:name", "Sanna Mäkinen-Öhman").type("profile:affiliation", "Åbo Akademi").select("profile:language",
                    "SV");
            b.click(Browser.id("profile:submit"));
            assertEquals("Din profil", b.text("h1"));
            assertTrue(b.text("#messages").contains("Din profil är sparad."), b.pageText());
            assertEquals("Sanna Mäkinen-Öhman", b.text("#nav-profile"));
            assertEquals("Granskning", b.text("#nav-reviewer"));
            b.click("#nav-reviewer");
            assertTrue(b.pageText().contains("nsw2027"), b.pageText());
            b.assertAccessible();

            // Her profile as it was, so the test passes again on the same server.
            b.click("#nav-profile");
            b.type("profile:name", "Sanna Mäkinen").type("profile:affiliation", "University of Helsinki")
                    .select("profile:language", "EN");
            b.click(Browser.id("profile:submit"));
            assertEquals("Your profile", b.text("h1"));
        }
    }

    @Test
    void theAdminReadsTheOutboxAndOthersCannot() {
        try (Browser b = new Browser()) {
            login(b, "admin@samling.example");
            b.click("#nav-admin");
            assertEquals("/admin/index.xhtml", b.path());
            assertTrue(b.find("#outbox-table").isDisplayed());
            b.assertAccessible();

            // Paged, 25 a page: the rows never run to the end of the outbox on one page.
            int all = b.driver().findElements(By.cssSelector("ul.counts li")).stream()
                    .mapToInt(li -> Integer.parseInt(li.getText().replaceAll(".*:\\s*", ""))).sum();
            int rows = b.driver().findElements(By.cssSelector("#outbox-table tbody tr")).size();
            assertEquals(Math.min(25, all), rows, "mails on the first page of " + all);
            if (all > 25) {
                b.click(Browser.id("outbox:older"));
                assertTrue(b.text("#outbox-range").matches("\\D*26\u2013.*"), b.text("#outbox-range"));
                b.click(Browser.id("outbox:newer"));
                assertTrue(b.text("#outbox-range").matches("\\D*1\u2013.*"), b.text("#outbox-range"));
            }
        }
        try (Browser b = new Browser()) {
            login(b, "reviewer1@samling.example");
            b.open("/admin/index.xhtml");
            assertEquals("Inte för dig", b.text("#error-heading"));
        }
    }

    @Test
    void onAPhoneThePageFitsAndTheKeyboardReachesEverything() {
        try (Browser b = new Browser()) {
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.open("/?lang=nb");
            Long scrollWidth = (Long) b.driver().executeScript("return document.documentElement.scrollWidth");
            Long clientWidth = (Long) b.driver().executeScript("return document.documentElement.clientWidth");
            assertTrue(scrollWidth <= clientWidth, "no sideways scrolling: " + scrollWidth + " > " + clientWidth);
            b.assertAccessible();

            // The first Tab reaches the skip link, Enter moves focus to the content.
            b.find("body").sendKeys(Keys.TAB);
            assertEquals("Gå til innholdet", b.driver().switchTo().activeElement().getText());
            b.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            assertEquals("main", b.driver().switchTo().activeElement().getAttribute("id"));
            assertFalse(b.pageText().isBlank());
        }
    }
}
