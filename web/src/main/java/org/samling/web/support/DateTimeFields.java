package org.samling.web.support;

import org.samling.shared.Violations;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** A date and time field (HTML datetime-local, yyyy-MM-ddTHH:mm) read and written in the conference's zone. */
public final class DateTimeFields {

    private DateTimeFields() {
    }

    public static String local(Instant i, ZoneId zone) {
        return i == null ? "" : LocalDateTime.ofInstant(i, zone).toString().substring(0, 16);
    }

    /** The instant typed, or null (empty, or not a date and time: then a violation names the field). */
    public static Instant instant(Violations v, String field, String value, ZoneId zone, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(field, "field.required");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            v.add(field, "field.dateTime");
            return null;
        }
    }
}
