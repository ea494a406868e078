package org.accidenthub.hub.problems;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.Problem;

/**
 * Reads query parameters of any endpoint, collecting every mistake at {@code /query/<name>} so that
 * one 400 lists them all (API conventions); {@link #done()} throws it. Absent and blank mean "not
 * given" everywhere. The one definition of the hub's paging: page from 0, size 1..100 where a
 * larger size is capped rather than refused, default 20.
 */
public final class QueryParameters {

    public static final int DEFAULT_PAGE_SIZE = 20;
    /** API conventions: page sizes are capped; a larger request gets this many. */
    public static final int MAX_PAGE_SIZE = 100;
    /** A bare date means a day in China Standard Time, where the accidents happen. */
    public static final ZoneId ACCIDENT_ZONE = ZoneId.of("Asia/Shanghai");

    private final List<Problem> problems = new ArrayList<>();

    public record Paging(int page, int size) {
    }

    /** The value trimmed, or null when absent or blank. */
    public static String text(String value) {
        return given(value) ? value.trim() : null;
    }

    public static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    public void problem(String name, String code, String detail) {
        problems.add(new Problem(name.isEmpty() ? "/query" : "/query/" + name, code, detail));
    }

    /** Throws the 400 listing every problem found so far, if any. */
    public void done() {
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
    }

    public Paging paging(String page, String size) {
        int number = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int length = Math.min(integer("size", size, DEFAULT_PAGE_SIZE, 1, Integer.MAX_VALUE), MAX_PAGE_SIZE);
        return new Paging(number, length);
    }

    public int integer(String name, String value, int absent, int min, int max) {
        long number = longInteger(name, value, absent, min, max);
        return (int) number;
    }

    public long longInteger(String name, String value, long absent, long min, long max) {
        if (!given(value)) {
            return absent;
        }
        try {
            long number = Long.parseLong(value.trim());
            if (number < min || number > max) {
                problem(name, "OUT_OF_RANGE", max == Integer.MAX_VALUE || max == Long.MAX_VALUE
                        ? name + " must be at least " + min
                        : name + " must be between " + min + " and " + max);
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problem(name, "NOT_AN_INTEGER", name + " must be a whole number");
            return absent;
        }
    }

    public UUID uuid(String name, String value) {
        if (!given(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException malformed) {
            problem(name, "INVALID_UUID", name + " must be a UUID");
            return null;
        }
    }

    public Boolean bool(String name, String value) {
        if (!given(value)) {
            return null;
        }
        String trimmed = value.trim();
        if (!trimmed.equals("true") && !trimmed.equals("false")) {
            problem(name, "NOT_A_BOOLEAN", name + " must be true or false");
            return null;
        }
        return Boolean.valueOf(trimmed);
    }

    public <E extends Enum<E>> E oneOf(String name, String value, Class<E> type) {
        if (!given(value)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.trim())) {
                return constant;
            }
        }
        problem(name, "NOT_ALLOWED_VALUE", name + " must be one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    /**
     * The trimmed value when the whole of it matches; the problem does not quote the value, which
     * may be personal data (an ID number, a phone number).
     */
    public String matching(String name, String value, Pattern pattern, String code, String expected) {
        String trimmed = text(value);
        if (trimmed != null && !pattern.matcher(trimmed).matches()) {
            problem(name, code, name + " must be " + expected);
            return null;
        }
        return trimmed;
    }

    /** An ISO date-time with offset, or a date: the whole day, from its start or to its end. */
    public Instant instant(String name, String value, boolean endOfDay) {
        if (!given(value)) {
            return null;
        }
        try {
            if (value.trim().length() == 10) {
                LocalDate day = LocalDate.parse(value.trim());
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ACCIDENT_ZONE).toInstant()
                        .minusNanos(endOfDay ? 1_000 : 0); // PostgreSQL keeps microseconds
            }
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException malformed) {
            problem(name, "INVALID_DATE_TIME",
                    "expected YYYY-MM-DD or an ISO-8601 date-time with offset, got '" + value + "'");
            return null;
        }
    }

    /** {@code from} and {@code to} as read by {@link #instant}; a reversed range is a problem. */
    public void range(Instant from, Instant to) {
        if (from != null && to != null && from.isAfter(to)) {
            problem("from", "RANGE_REVERSED", "'from' is after 'to'");
        }
    }
}
