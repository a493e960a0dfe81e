package org.samling.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTest {

    @Test
    void aOneLineValueLosesControlsAndBidiOverridesAndItsLineBreaksBecomeSpaces() {
        assertEquals("Ærø kommune evil.exe", Text.line(" Ærø\u202E kommune\r\nevil.exe\u0007 "));
        assertEquals("Søren Højgaard", Text.line("Søren\tHøjgaard"));
        assertEquals("", Text.line("\u202E\u2066"));
    }

    @Test
    void aTextWithLinesKeepsItsLinesAndLosesTheRest() {
        assertEquals("Første afsnit.\n\nAndet\u00a0afsnit.", Text.lines("Første afsnit.\r\n\r\nAndet\u00a0afsnit.\u001B"));
    }

    @Test
    void whatABrokenEncodingLeavesIsTold() {
        assertTrue(Text.unreadable("B\uFFFDrn og unge"));
        assertTrue(Text.unreadable("lone \uD800 half"));
        assertTrue(Text.unreadable("other \uDC00 half"));
        assertFalse(Text.unreadable("Æ ø å ä ö, and an emoji \uD83D\uDE00"));
    }
}
