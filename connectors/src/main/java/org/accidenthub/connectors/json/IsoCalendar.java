package org.accidenthub.connectors.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The two time formats of the JSON formats (police file, mediation messages): an ISO-8601 date-time that
 * carries its UTC offset, and a calendar date YYYY-MM-DD. A date-time without an offset is
 * refused: it would be a guess whether it meant Beijing time or UTC.
 */
public final class IsoCalendar {

    /** ISO-8601 extended format (the RFC 3339 profile, seconds optional) with a mandatory offset. */
    private static final Pattern DATE_TIME = Pattern.compile(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:[0-9]{2})");

    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private IsoCalendar() {
    }

    public static Optional<OffsetDateTime> dateTime(String text) {
        if (!DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        } catch (DateTimeException notACalendarTime) {
            return Optional.empty();
        }
    }

    public static Optional<LocalDate> date(String text) {
        if (!DATE.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            // ISO_LOCAL_DATE resolves strictly: 2026-02-30 is refused, not moved to March
            return Optional.of(LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeException notACalendarDate) {
            return Optional.empty();
        }
    }
}
