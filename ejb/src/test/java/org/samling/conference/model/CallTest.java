package org.samling.conference.model;

import org.junit.jupiter.api.Test;
import org.samling.i18n.Language;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CallTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private static Conference conference() {
        Conference c = new Conference("forsa2027", "FORSA 2027", "Aalborg", CPH, LocalDate.of(2027, 6, 17),
                LocalDate.of(2027, 6, 19), List.of(Language.DA, Language.EN));
        c.describe(Language.DA, "Dansk tekst");
        return c;
    }

    @Test
    void theCallClosesAtTheDeadlinePlusGraceInTheConferencesZone() {
        Instant opens = ZonedDateTime.of(2026, 10, 1, 9, 0, 0, 0, CPH).toInstant();
        Instant deadline = ZonedDateTime.of(2026, 12, 15, 23, 59, 0, 0, CPH).toInstant();
        Call call = new Call(conference(), opens, deadline, 15, LocalDate.of(2027, 2, 1), null, 300);
        assertEquals(Instant.parse("2026-12-15T22:59:00Z"), deadline);
        assertEquals(CallPhase.NOT_YET_OPEN, call.phaseAt(opens.minusSeconds(1)));
        assertEquals(CallPhase.OPEN, call.phaseAt(opens));
        assertEquals(CallPhase.OPEN, call.phaseAt(deadline.plusSeconds(14 * 60 + 59)));
        assertEquals(CallPhase.CLOSED, call.phaseAt(deadline.plusSeconds(15 * 60)));
    }

    @Test
    void aDeadlineAcrossTheSpringDaylightSavingChangeIsStillTheLocalTimeTheChairSet() {
        // Copenhagen moves from UTC+1 to UTC+2 on 28 March 2027 at 02:00.
        Instant opens = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, CPH).toInstant();
        Instant deadline = ZonedDateTime.of(2027, 3, 31, 12, 0, 0, 0, CPH).toInstant();
        assertEquals(Instant.parse("2027-03-31T10:00:00Z"), deadline);
        assertEquals(Instant.parse("2027-03-01T08:00:00Z"), opens);
        Call call = new Call(conference(), opens, deadline, 0, null, null, 300);
        assertEquals(CallPhase.OPEN, call.phaseAt(Instant.parse("2027-03-31T09:59:59Z")));
        assertEquals(CallPhase.CLOSED, call.phaseAt(Instant.parse("2027-03-31T10:00:00Z")));
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        Instant t = Instant.parse("2026-12-01T00:00:00Z");
        assertThrows(IllegalArgumentException.class, () -> new Call(conference(), t, t, 0, null, null, 300));
    }

    @Test
    void acronymsAreUrlSafeAndDescriptionsFallBackToTheConferenceLanguage() {
        assertThrows(IllegalArgumentException.class, () -> new Conference("Not OK!", "x", null, CPH,
                LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 2), List.of(Language.EN)));
        assertEquals("forsa2027", conference().getAcronym());
        assertEquals("Dansk tekst", conference().descriptionIn(Language.SV));
    }
}
