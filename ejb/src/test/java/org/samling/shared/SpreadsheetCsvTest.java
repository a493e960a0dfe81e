package org.samling.shared;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SpreadsheetCsvTest {

    @Test
    void aCellThatASpreadsheetWouldRunIsWrittenAsPlainText() {
        String csv = SpreadsheetCsv.write(List.of("title", "name", "score"), List.of(
                List.of("=HYPERLINK(\"http://evil.example\",\"Klik\")", "+45 1234", -3.5),
                List.of("@SUM(A1:A9)", "-Søren", 4),
                Arrays.asList("\tTab", "Ærø\u202Eexe.pdf", null)));
        String[] lines = csv.split("\r\n");
        assertEquals('\uFEFF', csv.charAt(0), "a byte-order mark first");
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",'+45 1234,-3.5", lines[1]);
        assertEquals("'@SUM(A1:A9),'-Søren,4", lines[2]);
        assertTrue(lines[3].startsWith("'\tTab,Ærøexe.pdf,"), lines[3]);
    }
}
