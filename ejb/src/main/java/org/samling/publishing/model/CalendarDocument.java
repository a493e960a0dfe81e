package org.samling.publishing.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A calendar to write: the conference's time zone and one event per session or plenary item. */
public record CalendarDocument(String name, ZoneId zone, List<Event> events) {

    /** Local times in the calendar's zone; the url is the item's public page. */
    public record Event(String uid, LocalDateTime start, LocalDateTime end, String summary, String location,
            String description, String url, boolean tentative) {
    }
}
