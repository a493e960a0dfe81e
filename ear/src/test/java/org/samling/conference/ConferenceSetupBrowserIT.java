package org.samling.conference;

import org.junit.jupiter.api.Test;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A chair creates a conference (mistakes named at their fields), gives it a track and a type, and the public call page shows them. */
class ConferenceSetupBrowserIT {

    @Test
    void aChairSetsUpANewConferenceWithATrackAndAType() {
        String acronym = "sr" + Long.toString(System.nanoTime(), 36);
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#new-conference");
            assertEquals("Ny konference", b.text("#conference-settings"));
            b.assertAccessible();

            b.type("conference:acronym", "Social Dage!");
            b.click(Browser.id("conference:save"));
            assertTrue(b.messageAt("conference:acronym").startsWith("Forkortelse: 3 til 40 små bogstaver"),
                    b.messageAt("conference:acronym"));
            assertTrue(b.messageAt("conference:name").startsWith("Navn: skal udfyldes."), b.messageAt("conference:name"));
            assertTrue(b.messageAt("conference:firstDay").startsWith("Første dag: skal udfyldes."),
                    b.messageAt("conference:firstDay"));
            assertEquals("Social Dage!", b.value("conference:acronym"), "what was typed is kept");

            b.type("conference:acronym", acronym);
            b.type("conference:name", "Socialrådgiverdage 2028: Børn, unge og familier");
            b.type("conference:venue", "Odense Congress Center");
            setValue(b, "conference:firstDay", "2028-06-17");
            setValue(b, "conference:lastDay", "2028-06-18");
            b.find("input[name='conference:languages'][value='DA']").click();
            b.type("conference:description_da", "To dage om socialt arbejde med børn, unge og deres familier.");
            b.click(Browser.id("conference:save"));
            assertEquals("Indkaldelsens indstillinger", b.text("#call-settings"));
            assertTrue(b.text("#messages").contains("Konferencen er oprettet"), b.pageText());

            b.open("/chair/tracks.xhtml?c=" + acronym);
            b.click(Browser.id("tracks:addTrack"));
            b.typeIn(".track-row input.track-name-da", "Børn i udsatte positioner");
            b.typeIn(".track-row input.track-name-en", "Children in vulnerable positions");
            b.click(Browser.id("tracks:saveTracks"));
            assertTrue(b.text("#messages").contains("Sporene er gemt"), b.pageText());
            b.click(Browser.id("types:addType"));
            b.typeIn(".type-row input.type-capacity", "-3");
            b.click(Browser.id("types:saveTypes"));
            assertTrue(b.pageText().contains("række 1: kapaciteten er 0 til 100.000, eller tom for ingen grænse."), b.pageText());
            b.typeIn(".type-row input.type-capacity", "30");
            b.click(Browser.id("types:saveTypes"));
            assertTrue(b.text("#messages").contains("Bidragstyperne er gemt"), b.pageText());
            assertEquals("30", b.find(".type-row input.type-capacity").getAttribute("value"));
            b.assertAccessible();

            // Its settings again: the acronym is fixed now, shown read-only and still labelled (axe: critical if not).
            b.open("/chair/conference.xhtml?c=" + acronym);
            assertEquals(acronym, b.value("conference:acronymFixed"));
            assertEquals("true", b.find(Browser.id("conference:acronymFixed")).getAttribute("readonly"));
            b.assertAccessible();

            b.open("/c/" + acronym);
            assertTrue(b.pageText().contains("Socialrådgiverdage 2028"), b.pageText());
            assertTrue(b.text("#tracks").contains("Børn i udsatte positioner"), b.text("#tracks"));
            assertTrue(b.pageText().contains("To dage om socialt arbejde"), b.pageText());
        }
    }

    /** Date inputs take typed text only in the browser's own format; set the value directly. */
    private static void setValue(Browser b, String jsfId, String value) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.find(Browser.id(jsfId)), value);
    }
}
