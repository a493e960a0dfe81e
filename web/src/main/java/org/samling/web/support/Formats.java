package org.samling.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates and times in the reader's language; instants in the time zone they belong to. */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    LocaleBean localeBean;

    public String dateTime(Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(localeBean.getLocale()).format(instant.atZone(zone == null ? ZoneId.of("UTC") : zone))
                + " (" + (zone == null ? "UTC" : zone.getId()) + ")";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeBean.getLocale()).format(date);
    }

    /** ISO-8601 with offset, for machine-readable attributes (time datetime="..."). */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
