package org.samling.registration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.Http;
import org.samling.browser.MailCatcher;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A participant registers for the demo event from its programme: the missing picks are named, then
 * one workshop per block (the full one puts them on its waiting list); the mail brings the
 * programme and the calendar; they cancel one pick. The chair sees the counts and exports the list.
 * Still waiting, the participant moves to the occurrence a week later, where the workshop has a seat,
 * and finally cancels. The test seeds its own waiting participant ahead of her and restores the seats
 * it changed, so it passes again on the same server.
 */
class RegistrationBrowserIT {

    @RegisterExtension
    static final MailCatcher mail = new MailCatcher();

    private static List<WebElement> blocks(Browser b) {
        return b.driver().findElements(By.cssSelector("fieldset.pick-block"));
    }

    /** Registers from the programme's link; returns the participant's own page. */
    private static String register(Browser b, String name, String email) {
        b.open("/c/nsw2026/program?lang=en");
        b.click("#register-link");
        return fillAndRegister(b, name, email, "Trondheim kommune");
    }

    /** Fills the open form with the first option of every block and registers; returns the participant's own page. */
    private static String fillAndRegister(Browser b, String name, String email, String organisation) {
        b.type("register:name", name);
        b.type("register:email", email);
        b.type("register:organisation", organisation);
        b.type("register:answer0", "Ingen");
        for (WebElement f : blocks(b)) {
            f.findElements(By.cssSelector("input[type=radio]")).get(0).click();
        }
        b.click(Browser.id("register:registerButton"));
        assertTrue(b.text("#messages").contains("You are registered"), b.pageText());
        return b.path();
    }

    /** Cancels the pick in one row of the participant's page and waits for the page to say so. */
    private static void cancelPick(Browser b, int row) {
        b.driver().findElements(By.cssSelector("tr.pick-row")).get(row).findElement(By.cssSelector("input.cancel-pick")).click();
        // The answer replaces the messages while they are read: Chromium then says the element went stale,
        // or that its node "does not belong to the document" (a plain WebDriverException). Read again.
        new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.cssSelector("#messages")).stream()
                        .anyMatch(m -> m.getText().contains("Your choice is cancelled")));
    }

    private static int number(WebElement row, String css) {
        return Integer.parseInt(row.findElement(By.cssSelector(css)).getText().split(" / ")[0].trim());
    }

    @Test
    void aParticipantRegistersPicksAWorkshopPerBlockGetsTheCalendarAndCancelsOnePick() {
        String email = "ingrid.participant." + System.nanoTime() + "@example.org";
        String mine;
        try (Browser b = new Browser()) {
            // Someone waits for the full workshop ahead of Ingrid whatever earlier runs left; she keeps only that pick.
            register(b, "Ola Venter", "ola.venter." + System.nanoTime() + "@example.org");
            int rows = b.driver().findElements(By.cssSelector("tr.pick-row")).size();
            for (int row = 1; row < rows; row++) {
                cancelPick(b, row);
            }
        }
        try (Browser b = new Browser()) {
            b.open("/c/nsw2026/program?lang=en");
            b.click("#register-link");
            assertEquals("Register", b.text("#registration-heading"));
            b.assertAccessible();
            b.type("register:name", "Ingrid Sæther");
            b.type("register:email", email);
            b.type("register:organisation", "Trondheim kommune");
            b.type("register:answer0", "Glutenfri");
            b.click(Browser.id("register:registerButton"));
            String page = b.pageText();
            assertTrue(page.contains("choose a workshop."), page);
            int count = blocks(b).size();
            assertTrue(count >= 4, "three workshop blocks and the paper sessions: " + count);

            // The first block's first workshop is full (the demo's waiting list): take it anyway, first option elsewhere.
            List<WebElement> fieldsets = blocks(b);
            assertTrue(fieldsets.get(0).getText().contains("full: waiting list"), fieldsets.get(0).getText());
            for (WebElement f : fieldsets) {
                f.findElements(By.cssSelector("input[type=radio]")).get(0).click();
            }
            assertEquals("Ingrid Sæther", b.value("register:name"), "what was typed is kept after the refusal");
            b.screenshot("registration-form-en");
            b.click(Browser.id("register:registerButton"));
            assertTrue(b.text("#messages").contains("You are registered"), b.pageText());
            assertTrue(b.path().startsWith("/c/nsw2026/registration/"), b.path());
            mine = b.path();
            List<WebElement> states = b.driver().findElements(By.cssSelector("tr.pick-row .pick-state"));
            assertTrue(states.get(0).getText().startsWith("waiting list, number "), states.get(0).getText());
            assertEquals("seat confirmed", states.get(1).getText());
            b.assertAccessible();
            b.screenshot("registration-mine-en");

            MailCatcher.Mail confirmation = mail.awaitMailTo(email,
                    "Nordic Social Work Conference 2026: Trust and Welfare: you are registered");
            assertTrue(confirmation.body().contains("waiting list, number"), confirmation.body());
            String ics = confirmation.attachments().get("programme.ics");
            assertTrue(ics != null && ics.contains("BEGIN:VEVENT") && ics.contains("TZID=Europe/Stockholm"), String.valueOf(ics));

            HttpResponse<String> calendar = Http.get(b.find("#mine-ics").getAttribute("href"));
            assertEquals(200, calendar.statusCode());
            assertTrue(calendar.body().contains("BEGIN:VCALENDAR"));
            assertTrue(calendar.body().contains("TZID:Europe/Stockholm"),
                    "the zone the events name is declared: " + calendar.body());

            // Cancel the second block's pick: it is gone, the seat goes back.
            cancelPick(b, 1);
            assertTrue(b.driver().findElements(By.cssSelector("tr.pick-row")).get(1).findElements(By.cssSelector(".pick-state"))
                    .isEmpty(), "no pick left in that block");
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair2026@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#registrations-nsw2026");
            assertEquals("Registrations", b.text("#registrations-heading"));
            WebElement full = b.driver().findElements(By.cssSelector("#live-table tr.live-row")).get(0);
            String confirmedBefore = full.findElement(By.cssSelector(".live-confirmed")).getText();
            String[] counts = confirmedBefore.split(" / ");
            int confirmed = Integer.parseInt(counts[0].trim());
            assertTrue(confirmed >= Integer.parseInt(counts[1].trim()), "full: " + confirmedBefore);
            assertTrue(number(full, ".live-waiting") >= 2, "Ola and Ingrid wait: " + full.getText());
            assertTrue(b.pageText().contains("Ingrid Sæther") || b.driver().findElements(By.cssSelector("li.person")).stream()
                    .anyMatch(p -> p.getAttribute("textContent").contains("Ingrid Sæther")));
            b.assertAccessible();
            b.screenshot("registrations-chair-en");

            String href = b.find("a.export-csv").getAttribute("href");
            String cookie = "JSESSIONID=" + b.driver().manage().getCookieNamed("JSESSIONID").getValue();
            HttpResponse<String> csv = Http.send(Http.request(href).header("Cookie", cookie));
            assertEquals(200, csv.statusCode());
            assertTrue(
                    csv.body().contains("Ingrid Sæther") && csv.body().contains("waiting list, number")
                            && csv.body().contains("Glutenfri"),
                    csv.body());
            assertFalse(Http.get(href).body().contains("Ingrid Sæther"), "not without logging in");
            // A Danish chair's Excel splits columns at semicolons: the file says so, and the states are Danish.
            HttpResponse<String> danish = Http.send(Http.request(href).header("Cookie", cookie).header("Accept-Language", "da"));
            assertTrue(danish.body().startsWith("\uFEFFname;email;organisation;state;"), danish.body());
            assertTrue(danish.body().contains(";venteliste, nummer "), danish.body());

            // One more seat in the full workshop: the first waiting gets it at once.
            int waitingBefore = number(full, ".live-waiting");
            WebElement seats = b.find("input.seats-input");
            String seatsBefore = seats.getAttribute("value");
            seats.clear();
            seats.sendKeys("-5");
            b.click("input.save-seats");
            assertTrue(b.text("#messages").contains("a number from 0 to 100,000, or empty."), b.text("#messages"));
            assertEquals(confirmedBefore, b.driver().findElements(By.cssSelector("#live-table tr.live-row")).get(0)
                    .findElement(By.cssSelector(".live-confirmed")).getText(), "nothing changed");
            seats = b.find("input.seats-input");
            seats.clear();
            seats.sendKeys(String.valueOf(confirmed + 1));
            b.click("input.save-seats");
            assertTrue(b.text("#messages").contains("Seats saved"), b.text("#messages"));
            WebElement now = b.driver().findElements(By.cssSelector("#live-table tr.live-row")).get(0);
            assertEquals((confirmed + 1) + " / " + (confirmed + 1), now.findElement(By.cssSelector(".live-confirmed")).getText());
            assertEquals(waitingBefore - 1, number(now, ".live-waiting"));

            // The workshop's seats as they were: nobody seated loses the seat.
            seats = b.find("input.seats-input");
            seats.clear();
            seats.sendKeys(seatsBefore);
            b.click("input.save-seats");
            assertTrue(b.text("#messages").contains("Seats saved"), b.text("#messages"));

            // Every occurrence's counts, lists and sign-in sheets from the same page.
            String malmo = b.driver().findElements(By.cssSelector("#occurrences a.occurrence-link")).stream()
                    .filter(a -> a.getText().startsWith("Malmö")).findFirst().orElseThrow().getAttribute("data-occurrence");
            b.click("#occurrences a[data-occurrence='" + malmo + "']");
            assertTrue(b.text("#occurrences a.current").startsWith("Malmö"), b.text("#occurrences"));
            assertTrue(b.find("a.export-csv").getAttribute("href").endsWith("&o=" + malmo),
                    b.find("a.export-csv").getAttribute("href"));
            b.assertAccessible();
        }
        try (Browser b = new Browser()) {
            // Still waiting at the conference's own venue, she moves to the Malmö occurrence a week later: her workshop has a seat there.
            b.open(mine + "?lang=en");
            assertTrue(b.driver().findElements(By.cssSelector("tr.pick-row .pick-state")).get(0).getText()
                    .startsWith("waiting list"));
            Select where = new Select(b.find(Browser.id("mine:occurrence")));
            where.selectByVisibleText(where.getOptions().stream().map(WebElement::getText).filter(t -> t.startsWith("Malmö"))
                    .findFirst().orElseThrow());
            b.click(Browser.id("mine:move"));
            assertTrue(b.text("#messages").contains("Your registration is moved"), b.pageText());
            assertTrue(b.text("#mine-occurrence").startsWith("Malmö"), b.text("#mine-occurrence"));
            assertEquals("seat confirmed", b.driver().findElements(By.cssSelector("tr.pick-row .pick-state")).get(0).getText());
            b.assertAccessible();

            // She cancels after all: her seat in Malmö is free again for the next participant.
            b.clickAndConfirm(Browser.id("mine:cancelAll"));
            assertTrue(b.text("#messages").contains("Your registration is cancelled"), b.pageText());
            assertTrue(b.find("#mine-cancelled").isDisplayed());
        }
    }

    @Test
    void theFormFollowsTheOccurrenceChosenAndRegistersThere() {
        String email = "oskar.lund." + System.nanoTime() + "@example.org";
        try (Browser b = new Browser()) {
            b.open("/c/nsw2026/register?lang=en");
            assertTrue(blocks(b).get(0).getText().contains("full: waiting list"), "full at the conference's own venue");
            WebElement malmo = b.driver().findElements(By.cssSelector("#occurrences a.occurrence-link")).stream()
                    .filter(a -> a.getText().startsWith("Malmö")).findFirst().orElseThrow();
            b.click("#occurrences a[data-occurrence='" + malmo.getAttribute("data-occurrence") + "']");
            assertTrue(b.text("#occurrences a.current").startsWith("Malmö"), b.text("#occurrences"));
            assertEquals("page", b.find("#occurrences a.current").getAttribute("aria-current"));
            String first = blocks(b).get(0).getText();
            assertFalse(first.contains("full: waiting list"), "the Malmö workshop has room: " + first);
            b.assertAccessible();

            fillAndRegister(b, "Oskar Lund", email, "Malmö stad");
            assertTrue(b.text("#mine-occurrence").startsWith("Malmö"), "registered where chosen: " + b.text("#mine-occurrence"));
            assertEquals("seat confirmed", b.driver().findElements(By.cssSelector("tr.pick-row .pick-state")).get(0).getText());

            // On a phone the page fits: no sideways scrolling.
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.open(b.path() + "?lang=en");
            Long scrollWidth = (Long) b.driver().executeScript("return document.documentElement.scrollWidth");
            Long clientWidth = (Long) b.driver().executeScript("return document.documentElement.clientWidth");
            assertTrue(scrollWidth <= clientWidth, "no sideways scrolling at 390 px: " + scrollWidth + " > " + clientWidth);
            b.assertAccessible();

            b.clickAndConfirm(Browser.id("mine:cancelAll"));
            assertTrue(b.text("#messages").contains("Your registration is cancelled"), b.pageText());
        }
    }
}
