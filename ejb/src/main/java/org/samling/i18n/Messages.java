package org.samling.i18n;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads the one bundle family (org/samling/i18n/messages*.properties, UTF-8) that pages,
 * API answers and e-mails share, and formats arguments in the reader's locale.
 */
public final class Messages {

    public static final String BUNDLE = "org.samling.i18n.messages";

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (args == null || args.length == 0) {
            return pattern;
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String get(Language language, String key, Object... args) {
        return get(language.locale(), key, args);
    }

    /** An instant as a reader reads it: long date, short time, in the given zone, zone named. */
    public static String dateTime(Locale locale, Instant instant, ZoneId zone) {
        ZoneId z = zone == null ? ZoneOffset.UTC : zone;
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                FormatStyle.SHORT).withLocale(locale).format(instant.atZone(z)) + " (" + z.getId() + ")";
    }

    /** A day as a programme heads it: "Saturday, December 26, 2026", "Lørdag den 26. december 2026", capitalised. */
    public static String day(Language language, LocalDate day) {
        String d = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(language.locale()).format(day);
        return d.isEmpty() ? d : d.substring(0, 1).toUpperCase(language.locale()) + d.substring(1);
    }
}
