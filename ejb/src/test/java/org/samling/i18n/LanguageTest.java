package org.samling.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageTest {

    @Test
    void browserTagsFindTheirLanguage() {
        assertEquals(Optional.of(Language.DA), Language.fromTag("da-DK"));
        assertEquals(Optional.of(Language.SV), Language.fromTag("sv_SE"));
        assertEquals(Optional.of(Language.EN), Language.fromTag("en-GB"));
    }

    @Test
    void everyNorwegianTagMeansBokmal() {
        assertEquals(Optional.of(Language.NB), Language.fromTag("nb-NO"));
        assertEquals(Optional.of(Language.NB), Language.fromTag("no"));
        assertEquals(Optional.of(Language.NB), Language.fromTag("nn"));
    }

    @Test
    void unknownOrEmptyTagsFindNothingAndLocaleFallsBackToEnglish() {
        assertEquals(Optional.empty(), Language.fromTag("fi"));
        assertEquals(Optional.empty(), Language.fromTag(" "));
        assertEquals(Language.EN, Language.of(Locale.GERMAN));
        assertEquals(Language.DA, Language.of(Locale.forLanguageTag("da")));
    }
}
