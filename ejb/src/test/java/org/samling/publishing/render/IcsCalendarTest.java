package org.samling.publishing.render;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.samling.publishing.model.CalendarDocument;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IcsCalendarTest {

    @Test
    void everyEventKeepsItsLocalTimeInTheConferenceZone() throws Exception {
        ZoneId stockholm = ZoneId.of("Europe/Stockholm");
        String ics = IcsCalendar.write(new CalendarDocument("NSW 2026", stockholm, List.of(
                new CalendarDocument.Event("a@x", LocalDateTime.of(2026, 12, 26, 11, 0), LocalDateTime.of(2026, 12, 26, 12, 30),
                        "Workshop: Jobcenter Lærkevej", "Sal A, Göteborg", "Mette Landbo", "http://localhost/c/x/program/1",
                        false),
                new CalendarDocument.Event("b@x", LocalDateTime.of(2026, 6, 26, 9, 0), LocalDateTime.of(2026, 6, 26, 9, 15),
                        "Velkomst", null, null, null, true))));

        assertTrue(ics.contains("BEGIN:VTIMEZONE"), ics);
        assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20261226T110000"), ics);
        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertEquals(2, events.size());
        Temporal start = events.get(0).getDateTimeStart().getDate();
        assertEquals(ZonedDateTime.of(2026, 12, 26, 11, 0, 0, 0, stockholm).toInstant(), ZonedDateTime.from(start).toInstant());
        assertEquals("Workshop: Jobcenter Lærkevej", events.get(0).getSummary().getValue());
        assertEquals("CONFIRMED", events.get(0).getStatus().getValue());
        assertEquals("TENTATIVE", events.get(1).getStatus().getValue());
        // Summer time: 09:00 in Stockholm is 07:00 UTC in June.
        Temporal summer = events.get(1).getDateTimeStart().getDate();
        assertEquals("2026-06-26T07:00:00Z", ZonedDateTime.from(summer).toInstant().toString());
    }

    /** Strict clients (Outlook, some Android ones) shift or drop events whose TZID has no VTIMEZONE. */
    @ParameterizedTest
    @ValueSource(strings = {"Europe/Stockholm", "Europe/Copenhagen", "Europe/Oslo", "Europe/Helsinki", "Atlantic/Reykjavik"})
    void everyZoneAnEventNamesIsDeclared(String zone) {
        String ics = IcsCalendar.write(new CalendarDocument("NSW", ZoneId.of(zone), List.of(new CalendarDocument.Event("a@x",
                LocalDateTime.of(2026, 12, 26, 11, 0), LocalDateTime.of(2026, 12, 26, 12, 0), "Opening", null, null, null,
                false))));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile(";TZID=([^:;]+)[:;]").matcher(ics);
        while (m.find()) {
            used.add(m.group(1));
        }
        Set<String> declared = new TreeSet<>();
        Matcher d = Pattern.compile("\r?\nTZID:([^\r\n]+)").matcher(ics);
        while (d.find()) {
            declared.add(d.group(1));
        }
        assertEquals(Set.of(zone), used, ics);
        assertEquals(used, declared, ics);
    }
}
