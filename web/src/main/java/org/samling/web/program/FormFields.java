package org.samling.web.program;

import org.samling.shared.Violations;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Dates and times as typed in the programme editor's text fields, a bad one named at its field. */
final class FormFields {

    private FormFields() {
    }

    static LocalDate date(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "program.badDate");
            return null;
        }
    }

    /** "9:00" is read as "09:00". */
    static LocalTime time(Violations v, String field, String value) {
        if (value == null || value.isBlank()) {
            v.add(field, "field.required");
            return null;
        }
        try {
            return LocalTime.parse(value.strip().length() == 4 ? "0" + value.strip() : value.strip());
        } catch (DateTimeParseException e) {
            v.add(field, "program.badTime");
            return null;
        }
    }
}
