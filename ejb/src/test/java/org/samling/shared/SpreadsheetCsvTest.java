package org.samling.shared;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsPlainText() {
        String csv = SpreadsheetCsv.write(List.of("title", "name", "score"), List.of(
                List.of("=HYPERLINK(\"http://evil.example\",\"Klik\")", "+45 1234", -3.5),
                List.of("@SUM(A1:A9)", "-Søren", 4),
                Arrays.asList("\tTab", "Ærø\u202Eexe.pdf", null)), Locale.ENGLISH);
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark first");
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",'+45 1234,-3.5", lines[1]);
        assertEquals("'@SUM(A1:A9),'-Søren,4", lines[2]);
        assertTrue(lines[3].startsWith("'\tTab,Ærøexe.pdf,"), lines[3]);
    }

    /** Danish, Swedish and Norwegian Excel split columns at semicolons and read decimals with a comma. */
    @Test
    void nordicReadersGetSemicolonsAndDecimalCommas() {
        for (Locale nordic : List.of(Locale.forLanguageTag("da"), Locale.forLanguageTag("sv"), Locale.forLanguageTag("nb"))) {
            String csv = SpreadsheetCsv.write(List.of("title", "mean", "reviews"),
                    List.of(List.of("Børn, unge; tillid", 3.75, 2)), nordic);
            String[] lines = csv.substring(1).split("\r\n");
            assertEquals("title;mean;reviews", lines[0], nordic.toString());
            assertEquals("\"Børn, unge; tillid\";3,75;2", lines[1], nordic.toString());
        }
    }
}
