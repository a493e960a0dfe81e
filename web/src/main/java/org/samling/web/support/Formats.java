package org.samling.web.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.samling.i18n.Messages;

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
        return Messages.dateTime(localeBean.getLocale(), instant, zone);
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(localeBean.getLocale()).format(date);
    }

    /** A bundle text with one argument, formatted in the reader's language. */
    public String t(String key, Object arg) {
        return Messages.get(localeBean.getLocale(), key, arg);
    }

    /** A bundle text with two arguments, formatted in the reader's language. */
    public String t2(String key, Object first, Object second) {
        return Messages.get(localeBean.getLocale(), key, first, second);
    }

    /** A bundle text with three arguments, formatted in the reader's language. */
    public String t3(String key, Object first, Object second, Object third) {
        return Messages.get(localeBean.getLocale(), key, first, second, third);
    }

    /** ISO-8601 with offset, for machine-readable attributes (time datetime="..."). */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    /** One anonymity finding of a PDF ("text:Åse Brøndum", "metadata:KP") in the reader's language. */
    public String finding(String f) {
        int colon = f.indexOf(':');
        return Messages.get(localeBean.getLocale(), "pdf.found." + f.substring(0, colon), f.substring(colon + 1));
    }

    /** A bundle text with the arguments a service gave (a finding, a refusal), in the reader's language. */
    public String args(String key, Object[] args) {
        return Messages.get(localeBean.getLocale(), key, args == null ? new Object[0] : args);
    }
}
