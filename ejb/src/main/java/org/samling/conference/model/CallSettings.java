package org.samling.conference.model;

import org.samling.shared.Violations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Everything a chair sets on a call, as one value; {@link #check} says what is wrong with it. */
public record CallSettings(Instant opensAt, Instant deadline, int graceMinutes, LocalDate notificationDate,
        Instant finalVersionDeadline, int wordLimit, int maxKeywords, int maxAuthors,
        PdfPolicy pdfPolicy, int pdfMaxPages, int pdfMaxBytes, boolean blind) {

    /** Every problem at once, each at its field; dates are compared in the conference's zone. */
    public Violations check(ZoneId zone) {
        Violations v = new Violations();
        if (opensAt == null) {
            v.add("opensAt", "field.required");
        }
        if (deadline == null) {
            v.add("deadline", "field.required");
        } else if (opensAt != null && !deadline.isAfter(opensAt)) {
            v.add("deadline", "call.deadlineBeforeOpening");
        }
        if (graceMinutes < 0 || graceMinutes > 24 * 60) {
            v.add("graceMinutes", "call.between", 0, 24 * 60);
        }
        if (notificationDate != null && deadline != null && !notificationDate.isAfter(deadline.atZone(zone).toLocalDate())) {
            v.add("notificationDate", "call.notificationBeforeDeadline");
        }
        if (finalVersionDeadline != null && deadline != null && !finalVersionDeadline.isAfter(deadline)) {
            v.add("finalVersionDeadline", "call.finalBeforeDeadline");
        }
        range(v, "wordLimit", wordLimit, 20, 5000);
        range(v, "maxKeywords", maxKeywords, 1, 30);
        range(v, "maxAuthors", maxAuthors, 1, 50);
        range(v, "pdfMaxPages", pdfMaxPages, 1, 200);
        if (pdfPolicy == null) {
            v.add("pdfPolicy", "field.required");
        }
        return v;
    }

    private static void range(Violations v, String field, int value, int min, int max) {
        if (value < min || value > max) {
            v.add(field, "call.between", min, max);
        }
    }
}
