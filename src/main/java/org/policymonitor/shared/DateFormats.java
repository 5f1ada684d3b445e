package org.policymonitor.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the pages show them, in the reader's language and in UTC (the clock every deadline and
 * workflow age is counted in): "1 Dec 2026, 17:05 UTC". Null is the empty text.
 */
public final class DateFormats {

    private DateFormats() {
    }

    public static String dateTime(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** The UTC day of the instant. */
    public static String date(Instant instant, Locale locale) {
        return instant == null ? "" : date(instant.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }
}
