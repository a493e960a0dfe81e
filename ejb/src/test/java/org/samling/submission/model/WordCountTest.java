package org.samling.submission.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WordCountTest {

    @Test
    void danishAndSwedishWordsCountOneEachWithTheirLetters() {
        assertEquals(6, WordCount.of("Børn og unge i udsatte positioner"));
        assertEquals(5, WordCount.of("Tillit i mötet med socialtjänsten"));
        assertEquals(4, WordCount.of("  Åse   så   ØLLEBRØD\n\nå "));
    }

    @Test
    void hyphenatedNamesAreOneWordAndLoneDashesAndPunctuationAreNone() {
        assertEquals(2, WordCount.of("Høje-Taastrup – Albertslund ."));
        assertEquals(4, WordCount.of("barn's rettigheder : FN's konvention"));
    }

    @Test
    void slashesSeparateWordsAndNumbersCount() {
        assertEquals(4, WordCount.of("og/eller 42 interviews"));
        assertEquals(0, WordCount.of(" \n\t "));
        assertEquals(0, WordCount.of(null));
    }
}
