package org.accidenthub.connectors.stats19;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * STATS19 dates (DD/MM/YYYY) and times (HH:MM) are local clock time in Great Britain
 * (domain.md §7), so they are read in Europe/London: GMT in winter, BST (+01:00) in summer.
 */
final class LocalDates {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Pattern DATE = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");
    private static final Pattern TIME = Pattern.compile("([0-9]{2}):([0-9]{2})");

    private LocalDates() {
    }

    /** DD/MM/YYYY, a real calendar date from 1900 on; null when missing or wrong (then with its problem). */
    static LocalDate date(RowFields fields, Column column) {
        String value = fields.text(column, true);
        if (value == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(value);
        if (matcher.matches()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(matcher.group(3)),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
                if (date.getYear() >= 1900) {
                    return date;
                }
            } catch (DateTimeException notADay) {
                // reported below
            }
        }
        fields.problems().error(fields.path(column), Stats19ProblemCode.INVALID_DATE.name(),
                "'" + RowFields.excerpt(value) + "' is not a date DD/MM/YYYY (a real day, from 1900)");
        return null;
    }

    /** HH:MM on the 24-hour clock; null when missing or wrong (then with its problem). */
    static LocalTime time(RowFields fields, Column column) {
        String value = fields.text(column, true);
        if (value == null) {
            return null;
        }
        Matcher matcher = TIME.matcher(value);
        if (matcher.matches()) {
            int hour = Integer.parseInt(matcher.group(1));
            int minute = Integer.parseInt(matcher.group(2));
            if (hour < 24 && minute < 60) {
                return LocalTime.of(hour, minute);
            }
        }
        fields.problems().error(fields.path(column), Stats19ProblemCode.INVALID_TIME.name(),
                "'" + RowFields.excerpt(value) + "' is not a time HH:MM (00:00 to 23:59)");
        return null;
    }

    /**
     * The instant of a London wall-clock time. A time that the clocks skip in spring (01:00-01:59
     * on the last Sunday of March) is read one hour later; a time that occurs twice in autumn is
     * read as the first, still in BST. Both are warned about, since the source cannot say more.
     */
    static Instant london(LocalDate date, LocalTime time, String path, ProblemCollector problems) {
        LocalDateTime local = LocalDateTime.of(date, time);
        List<ZoneOffset> offsets = LONDON.getRules().getValidOffsets(local);
        if (offsets.isEmpty()) {
            problems.warning(path, Stats19ProblemCode.TIME_IN_DST_GAP.name(),
                    local + " does not exist in London (clocks go forward); read as one hour later");
        } else if (offsets.size() > 1) {
            problems.warning(path, Stats19ProblemCode.AMBIGUOUS_LOCAL_TIME.name(),
                    local + " occurs twice in London (clocks go back); read as the first, in BST");
        }
        return ZonedDateTime.ofLocal(local, LONDON, null).toInstant();
    }
}
