package org.samling.program;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;
import org.samling.browser.Http;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chair builds two parallel sessions, sees the room clash and fixes it, adds an item, moves it
 * from the keyboard and by drag and drop, and publishes; a visitor reads the programme, filters it
 * by track, searches it, opens a presentation, downloads the PDF and the calendar, on a phone too.
 */
class ProgramBrowserIT {

    private static WebElement session(Browser b, String title) {
        return b.driver().findElements(By.cssSelector("div.editor-session")).stream()
                .filter(s -> s.findElement(By.cssSelector("h4.session-title")).getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + title + " in " + b.pageText()));
    }

    private static void setValue(Browser b, String jsfId, String value) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.find(Browser.id(jsfId)), value);
    }

    private static Set<String> sessionIds(Browser b) {
        return b.driver().findElements(By.cssSelector("div.editor-session")).stream().map(e -> e.getAttribute("data-session"))
                .collect(Collectors.toSet());
    }

    private static List<String> clashes(Browser b) {
        return b.driver().findElements(By.cssSelector("#clashes li")).stream().map(WebElement::getText).toList();
    }

    @Test
    void aChairBuildsTwoParallelSessionsFixesTheClashAndPublishes() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair2026@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#lang-en");
            b.click("#programme-nsw2026");
            assertEquals("Programme", b.text("#programme-heading"));
            assertEquals("No clashes.", b.text("#no-clashes"));
            assertTrue(b.pageText().contains("Workshops, block 1"), "the demo's programme is there");
            b.assertAccessible();
            String day3 = b.find(Browser.id("blocks:blockDay")).getAttribute("max");
            Set<String> demoSessions = sessionIds(b);

            // A block without a title is refused at the field; the times typed stay.
            // Date and time inputs take typing in the browser's locale; set their values as a picker would.
            setValue(b, "blocks:blockDay", day3);
            setValue(b, "blocks:blockStarts", "11:00");
            setValue(b, "blocks:blockEnds", "12:00");
            b.select("blocks:blockKind", "PARALLEL");
            b.click(Browser.id("blocks:addBlock"));
            assertEquals("Title of the block: please fill this in.", b.messageAt("blocks:blockTitle"));
            b.type("blocks:blockTitle", "Parallel test block");
            b.click(Browser.id("blocks:addBlock"));
            assertTrue(b.text("#messages").contains("Block added."), b.pageText());

            String block = b.driver().findElements(By.cssSelector(Browser.id("sessions:sessionBlock") + " option")).stream()
                    .filter(o -> o.getText().endsWith("Parallel test block")).findFirst().orElseThrow().getAttribute("value");
            for (String title : List.of("Parallel A", "Parallel B")) {
                b.type("sessions:sessionTitle", title);
                b.select("sessions:sessionBlock", block);
                b.selectByText("sessions:sessionRoom", "Sal A");
                b.click(Browser.id("sessions:saveSession"));
                assertTrue(b.text("#messages").contains("Session added."), b.pageText());
            }
            assertEquals(List.of("Sal A is used by two sessions at the same time: Parallel A and Parallel B."), clashes(b));
            assertTrue(session(b, "Parallel B").getAttribute("class").contains("clashing"));
            b.screenshot("programme-editor-clash-en");

            // Fixed: Parallel B moves to Sal B.
            session(b, "Parallel B").findElement(By.cssSelector("input.edit-session")).click();
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.textToBe(By.id("sessions-heading"), "Edit session"));
            b.selectByText("sessions:sessionRoom", "Sal B");
            b.click(Browser.id("sessions:saveSession"));
            assertEquals("No clashes.", b.text("#no-clashes"));

            // A plenary item in Parallel A, then moved to Parallel B from the keyboard.
            b.selectByText("plenary:itemSession", b.driver().findElements(By.cssSelector(Browser.id("plenary:itemSession")
                    + " option")).stream().map(WebElement::getText).filter(t -> t.contains("Parallel A")).findFirst()
                    .orElseThrow());
            b.type("plenary:itemTitle", "Panel om tillit i velferdens møter");
            b.type("plenary:itemSpeaker", "Sanna Mäkinen");
            b.type("plenary:itemMinutes", "abc");
            b.click(Browser.id("plenary:addPlenary"));
            assertTrue(b.messageAt("plenary:itemMinutes").contains("Minutes"), b.messageAt("plenary:itemMinutes"));
            b.type("plenary:itemMinutes", "45");
            b.click(Browser.id("plenary:addPlenary"));
            assertTrue(session(b, "Parallel A").getText().contains("Panel om tillit i velferdens møter"));

            String sessionB = session(b, "Parallel B").getAttribute("data-session");
            WebElement item = session(b, "Parallel A").findElement(By.cssSelector("li.editor-item"));
            new Select(item.findElement(By.cssSelector("select.move-target"))).selectByValue(sessionB);
            b.click("#" + session(b, "Parallel A").getAttribute("id") + " input.item-move");
            assertTrue(session(b, "Parallel B").getText().contains("Panel om tillit"), session(b, "Parallel B").getText());
            assertFalse(session(b, "Parallel A").getText().contains("Panel om tillit"));

            // And back by drag and drop.
            String itemId = session(b, "Parallel B").findElement(By.cssSelector("li.editor-item")).getAttribute("data-item");
            String sessionA = session(b, "Parallel A").getAttribute("data-session");
            WebElement page = b.find("html");
            b.driver().executeScript("var dt = new DataTransfer();"
                    + "document.querySelector('[data-item=\"' + arguments[0] + '\"]').dispatchEvent(new DragEvent('dragstart', {dataTransfer: dt, bubbles: true}));"
                    + "document.querySelector('[data-session=\"' + arguments[1] + '\"]').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true, clientY: 99999}));",
                    itemId, sessionA);
            b.awaitReplaced(page);
            assertTrue(session(b, "Parallel A").getText().contains("Panel om tillit"), session(b, "Parallel A").getText());
            assertEquals("No clashes.", b.text("#no-clashes"));

            // The panel is 30 minutes, and the block ends half an hour later: both edited in place.
            WebElement minutes = session(b, "Parallel A").findElement(By.cssSelector("input.item-minutes"));
            minutes.clear();
            minutes.sendKeys("30");
            b.click("#" + session(b, "Parallel A").getAttribute("id") + " input.item-save-minutes");
            assertTrue(session(b, "Parallel A").getText().contains("30 of 60 minutes"), session(b, "Parallel A").getText());
            b.driver().findElements(By.cssSelector("tr.block-row")).stream()
                    .filter(r -> r.getText().contains("Parallel test block"))
                    .findFirst().orElseThrow().findElement(By.cssSelector("input.edit-block")).click();
            // The page is replaced: an element found while it loads may go stale before it is read.
            new WebDriverWait(b.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                    .until(ExpectedConditions.attributeToBe(By.id("blocks:blockTitle"), "value", "Parallel test block"));
            setValue(b, "blocks:blockEnds", "12:30");
            b.click(Browser.id("blocks:addBlock"));
            assertTrue(b.text("#messages").contains("Block saved"), b.text("#messages"));
            assertTrue(session(b, "Parallel A").getText().contains("30 of 90 minutes"), session(b, "Parallel A").getText());

            // The proposal places the accepted papers still waiting, after a preview, without a clash.
            int waiting = b.driver().findElements(By.cssSelector("li.unplaced-item")).size();
            assertTrue(waiting >= 4, "the demo's later papers wait: " + waiting);
            b.click(Browser.id("proposal:propose"));
            assertTrue(
                    b.text("#proposal-summary").matches("\\d+ submissions? in \\d+ new sessions?, \\d+ left over; .*"),
                    b.text("#proposal-summary"));
            assertEquals(waiting, b.driver().findElements(By.cssSelector("li.unplaced-item")).size(), "nothing placed yet");
            int proposed = b.driver().findElements(By.cssSelector("#proposed-sessions ol li")).size();
            b.screenshot("programme-editor-proposal-en");
            b.click(Browser.id("proposal:acceptProposal"));
            assertTrue(b.text("#messages").contains(proposed + (proposed == 1 ? " submission placed." : " submissions placed.")),
                    b.text("#messages"));
            assertEquals(waiting - proposed, b.driver().findElements(By.cssSelector("li.unplaced-item")).size());
            assertEquals("No clashes.", b.text("#no-clashes"));

            // Publish: the pending changes say what the release adds.
            assertTrue(b.text("#pending").contains("Added: Panel om tillit i velferdens møter"), b.text("#pending"));
            b.assertAccessible();
            // Publishing asks first: how many changes, how many people are mailed; nothing happens until confirmed.
            b.click(Browser.id("publish:publishButton"));
            String confirm = b.text("#publish-confirm");
            assertTrue(
                    confirm.matches(
                            "Publish release \\d+ with \\d+ changes?\\? (1 person is|\\d+ people are) told by e-mail\\..*"),
                    confirm);
            b.assertAccessible();
            b.click(Browser.id("publish:cancelPublish"));
            assertTrue(b.text("#pending").contains("Added: Panel om tillit i velferdens møter"),
                    "still pending after cancelling");
            b.click(Browser.id("publish:publishButton"));
            b.click(Browser.id("publish:confirmPublish"));
            assertTrue(b.text("#messages").matches("(?s).*Release \\d+ is published.*"), b.text("#messages"));
            assertEquals("No changes since the last release.", b.text("#nothing-pending"));
            b.screenshot("programme-editor-published-en");

            // The programme as it was, so the test passes again on the same server: the sessions it made
            // go (their papers back to the unplaced list), then its block, and a release says so.
            Set<String> made = sessionIds(b);
            made.removeAll(demoSessions);
            for (String id : made) {
                b.click("#session-" + id + " input.remove-session");
            }
            WebElement editor = b.find("html");
            b.driver().findElements(By.cssSelector("tr.block-row")).stream()
                    .filter(r -> r.getText().contains("Parallel test block"))
                    .findFirst().orElseThrow().findElement(By.cssSelector("input.remove-block")).click();
            b.awaitReplaced(editor);
            assertEquals(demoSessions, sessionIds(b));
            assertEquals(waiting, b.driver().findElements(By.cssSelector("li.unplaced-item")).size());
            b.click(Browser.id("publish:publishButton"));
            b.click(Browser.id("publish:confirmPublish"));
            assertTrue(b.text("#messages").matches("(?s).*Release \\d+ is published.*"), b.text("#messages"));
        }
    }

    @Test
    void aVisitorFiltersSearchesOpensAPresentationAndDownloadsThePdfAndTheCalendar() throws Exception {
        try (Browser b = new Browser()) {
            b.open("/c/nsw2026?lang=en");
            b.click("#conference-program");
            assertEquals("Programme", b.text("#program-heading"));
            String page = b.pageText();
            assertTrue(page.contains("Workshops, block 1") && page.contains("Fikapaus"), page);
            assertTrue(page.contains("Ettervern som virker for alle") && page.contains("not yet confirmed"), page);
            b.assertAccessible();
            b.screenshot("programme-public-en");

            b.selectByText("program-track", "Disability");
            b.click("#program-show");
            page = b.pageText();
            assertTrue(page.contains("Hvem sikrer rettssikkerheten?"), page);
            assertTrue(page.contains("Socialt arbete inom funktionshinderområdet"), page);
            assertFalse(page.contains("Jobcentret med 50 sager"), "another track");
            assertTrue(b.path().contains("track="), b.path());

            b.click("#program-all");
            b.typeIn("#program-q", "borgerforløbet");
            b.click("#program-show");
            assertEquals("1 presentation shown.", b.text("#program-count"));
            b.click("li.program-item a");
            assertEquals("Sammenhængende borgerforløb: hvorfor er det svært?", b.text("#presentation-title"));
            assertEquals("Signe Holm, Høje-Taastrup Kommune (presents)", b.text("#presentation-authors li"));
            assertTrue(b.text("#presentation-abstract").startsWith("Hvad kræver det"));
            assertEquals("da", b.find("#presentation-abstract").getAttribute("lang"));
            b.assertAccessible();

            HttpResponse<String> ics = Http.get(b.find("#presentation-ics").getAttribute("href"));
            assertEquals(200, ics.statusCode());
            assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            assertTrue(ics.body().contains("DTSTART;TZID=Europe/Stockholm:"), ics.body());
            assertTrue(ics.body().contains("Sammenhængende borgerforløb"), ics.body());

            b.click("#back-to-program");
            HttpResponse<String> pdf = Http.get(b.find("#download-pdf").getAttribute("href"));
            assertEquals(200, pdf.statusCode());
            assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
            assertTrue(pdf.body().startsWith("%PDF-"));
            HttpResponse<String> whole = Http.get(b.find("#download-ics").getAttribute("href"));
            assertTrue(whole.body().contains("BEGIN:VTIMEZONE"), whole.body());
            assertTrue(whole.body().contains("TZID:Europe/Stockholm"), "the zone the events name is declared");

            // The printed programme's index lists people by their names, whatever else the name field holds
            // (Hanna Ask gives a plenary talk: the programme has her, the book of abstracts has submissions only).
            HttpResponse<byte[]> book = HttpClient.newHttpClient().send(
                    Http.request(b.find("#download-pdf").getAttribute("href")).build(), BodyHandlers.ofByteArray());
            assertEquals(200, book.statusCode());
            try (PDDocument doc = Loader.loadPDF(book.body())) {
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains("Ask, Hanna"), "Hanna Ask in the author index");
                assertFalse(text.contains("Berättarverkstaden, Hanna"), "not filed under her organisation");
            }
            assertEquals(404, Http.get("/c/nsw2027/program.pdf").statusCode(), "nothing published for nsw2027");

            // On a phone: one column, nothing wider than the screen.
            b.driver().manage().window().setSize(new Dimension(390, 844));
            b.open("/c/nsw2026/program?lang=da");
            Object overflow = b.driver().executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;");
            assertEquals(Boolean.FALSE, overflow, "no sideways scrolling on a phone");
            assertEquals("Program", b.text("#program-heading"));
            b.screenshot("programme-public-phone-da");
        }
    }
}
