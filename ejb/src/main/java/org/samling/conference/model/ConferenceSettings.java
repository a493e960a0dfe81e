package org.samling.conference.model;

import org.samling.i18n.Language;
import org.samling.shared.Violations;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a chair sets on a conference, as one value: acronym (fixed once created: it is in every
 * public link), name, venue(s), IANA time zone, first and last day, languages offered, and a
 * description per language. {@link #check} names every problem at its field.
 */
public record ConferenceSettings(String acronym, String name, String venue, String timeZone, LocalDate firstDay,
        LocalDate lastDay, List<Language> languages, Map<Language, String> descriptions) {

    public Violations check() {
        Violations v = new Violations();
        String a = acronym == null ? "" : acronym.trim().toLowerCase(Locale.ROOT);
        if (a.isEmpty()) {
            v.add("acronym", "field.required");
        } else if (!Conference.ACRONYM.matcher(a).matches()) {
            v.add("acronym", "conference.acronymFormat");
        }
        if (name == null || name.isBlank()) {
            v.add("name", "field.required");
        } else if (name.strip().length() > 300) {
            v.add("name", "field.tooLong", 300);
        }
        if (venue != null && venue.strip().length() > 300) {
            v.add("venue", "field.tooLong", 300);
        }
        if (timeZone == null || timeZone.isBlank()) {
            v.add("timeZone", "field.required");
        } else {
            try {
                ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                v.add("timeZone", "conference.unknownZone", timeZone.trim());
            }
        }
        if (firstDay == null) {
            v.add("firstDay", "field.required");
        }
        if (lastDay == null) {
            v.add("lastDay", "field.required");
        } else if (firstDay != null && lastDay.isBefore(firstDay)) {
            v.add("lastDay", "conference.lastBeforeFirst");
        }
        if (languages == null || languages.isEmpty()) {
            v.add("languages", "conference.noLanguage");
        }
        if (descriptions != null) {
            descriptions.forEach((l, d) -> {
                if (d != null && d.length() > 10000) {
                    v.add("description_" + l.code(), "field.tooLong", 10000);
                }
            });
        }
        return v;
    }

    public String normalisedAcronym() {
        return acronym.trim().toLowerCase(Locale.ROOT);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone.trim());
    }
}
