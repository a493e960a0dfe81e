package org.samling.conference;

import org.junit.jupiter.api.Test;
import org.samling.browser.Accounts;
import org.samling.browser.Browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chair sets up the call; a mistake is named at its field; the public call page follows. */
class CallSettingsBrowserIT {

    @Test
    void theChairChangesTheWordLimitAndAWrongDeadlineIsRefused() {
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "chair@samling.example", "samling-demo");
            b.open("/chair/index.xhtml");
            b.click("#call-settings-nsw2027");
            assertEquals("Indkaldelsens indstillinger", b.text("#call-settings"));
            assertTrue(b.pageText().contains("Europe/Copenhagen"));
            assertEquals("300", b.value("call:wordLimit"));
            String deadline = b.value("call:deadline");
            assertTrue(deadline.endsWith("T23:59"), deadline);
            b.assertAccessible();

            String opens = b.value("call:opensAt");
            setValue(b, "call:deadline", opens.substring(0, 10) + "T00:00");
            setValue(b, "call:wordLimit", "320");
            b.click(Browser.id("call:save"));
            assertTrue(b.messageAt("call:deadline").contains("Frist: skal ligge efter åbningen."), b.messageAt("call:deadline"));
            b.open("/c/nsw2027");
            assertTrue(b.pageText().contains("højst 300 ord"), "nothing was saved");

            b.open("/chair/call.xhtml?c=nsw2027");
            setValue(b, "call:wordLimit", "320");
            b.click(Browser.id("call:save"));
            assertTrue(b.text("#messages").contains("Indstillingerne er gemt."), b.pageText());
            b.open("/c/nsw2027");
            assertTrue(b.pageText().contains("højst 320 ord"), b.pageText());

            // Back as it was: the other browser tests count words against 300.
            b.open("/chair/call.xhtml?c=nsw2027");
            setValue(b, "call:wordLimit", "300");
            b.click(Browser.id("call:save"));
            assertEquals(deadline, b.value("call:deadline"));
        }
        try (Browser b = new Browser()) {
            Accounts.logIn(b, "reviewer2@samling.example", "samling-demo");
            b.open("/chair/call.xhtml?c=nsw2027");
            assertEquals("Ikke for deg", b.text("#error-heading"));
        }
    }

    /** Date-time and number inputs take typed text only in the browser's own format; set the value directly. */
    private static void setValue(Browser b, String jsfId, String value) {
        b.driver().executeScript("arguments[0].value = arguments[1];", b.find(Browser.id(jsfId)), value);
    }
}
