package org.samling.conference.model;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;
import org.samling.shared.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a chair may set on a conference: each mistake at its field, good settings pass. */
class ConferenceSettingsTest {

    private static ConferenceSettings with(String acronym, String zone, LocalDate first, LocalDate last,
            List<Language> languages) {
        return new ConferenceSettings(acronym, "Socialrådgiverdage", "Odense", zone, first, last, languages,
                Map.of(Language.DA, "Beskrivelse"));
    }

    private static List<String> fields(ConferenceSettings s) {
        return s.check().list().stream().map(DomainException.Violation::field).toList();
    }

    @Test
    void goodSettingsPassAndTheAcronymIsKeptInLowerCase() {
        ConferenceSettings s = with(" NSW-2028 ", "Europe/Oslo", LocalDate.of(2028, 6, 17), LocalDate.of(2028, 6, 17),
                List.of(Language.NB));
        assertTrue(s.check().isEmpty(), s.check().list().toString());
        assertEquals("nsw-2028", s.normalisedAcronym());
    }

    @Test
    void acronymsThatCannotStandInALinkAreRefused() {
        for (String bad : new String[]{"ab", "-nsw", "nsw-", "nsw 2028", "nsw/2028", "næs2028", "x".repeat(41)}) {
            assertEquals(List.of("acronym"), fields(with(bad, "UTC", LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 2),
                    List.of(Language.EN))), bad);
        }
    }

    @Test
    void zoneDaysAndLanguagesAreCheckedEachAtItsField() {
        assertEquals(List.of("timeZone"), fields(with("nsw2028", "Europe/Aalborg", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 2), List.of(Language.DA))));
        assertEquals(List.of("lastDay"), fields(with("nsw2028", "Europe/Copenhagen", LocalDate.of(2028, 1, 2),
                LocalDate.of(2028, 1, 1), List.of(Language.DA))));
        assertEquals(List.of("firstDay", "lastDay"),
                fields(with("nsw2028", "Europe/Copenhagen", null, null, List.of(Language.DA))));
        assertEquals(List.of("languages"), fields(with("nsw2028", "Europe/Copenhagen", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 1), List.of())));
        ConferenceSettings longText = new ConferenceSettings("nsw2028", "N", null, "UTC", LocalDate.of(2028, 1, 1),
                LocalDate.of(2028, 1, 1), List.of(Language.SV), Map.of(Language.SV, "å".repeat(10001)));
        assertEquals(List.of("description_sv"), fields(longText));
    }
}
