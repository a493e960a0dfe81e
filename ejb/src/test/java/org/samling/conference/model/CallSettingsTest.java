package org.samling.conference.model;

import org.junit.jupiter.api.Test;
import org.samling.shared.DomainException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallSettingsTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final Instant OPENS = Instant.parse("2026-10-01T07:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-15T22:59:00Z");

    @Test
    void theForsaShapedCallIsValid() {
        CallSettings s = new CallSettings(OPENS, DEADLINE, 15, LocalDate.of(2027, 2, 1), Instant.parse("2027-04-01T21:59:00Z"),
                300, 6, 8, PdfPolicy.OPTIONAL, 4, 5_242_880, true);
        assertTrue(s.check(CPH).isEmpty());
    }

    @Test
    void everyProblemIsNamedAtItsField() {
        CallSettings s = new CallSettings(DEADLINE, OPENS, -1, LocalDate.of(2026, 9, 1), OPENS, 5, 0, 99, null, 0, 1, true);
        assertEquals(Set.of("deadline", "graceMinutes", "notificationDate", "finalVersionDeadline", "wordLimit", "maxKeywords",
                "maxAuthors", "pdfPolicy", "pdfMaxPages"),
                Set.copyOf(s.check(CPH).list().stream().map(DomainException.Violation::field).toList()));
    }
}
