package org.accidenthub.hub.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Query parameters of the case search, checked all at once so that a caller sees every
 * mistake in one answer.
 */
final class CaseSearchParameters {

    static final int DEFAULT_SIZE = 20;
    /** API conventions: page sizes are capped; a larger request gets this many. */
    static final int MAX_SIZE = 100;
    /** A bare date means a day in China Standard Time, where the accidents happen. */
    private static final ZoneId ACCIDENT_ZONE = ZoneId.of("Asia/Shanghai");
    /** Resident IDs are 18 characters; passports and other documents are shorter, none longer than 32. */
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Za-z]{5,32}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");

    private final List<Problem> problems = new ArrayList<>();

    private CaseSearchParameters() {
    }

    static CaseSearch parse(String plate, String reportNumber, String idNumber, String phone, String from, String to,
            String page, String size) {
        CaseSearchParameters parameters = new CaseSearchParameters();
        String party = parameters.matching("idNumber", idNumber, ID_NUMBER, "INVALID_ID_NUMBER",
                "5 to 32 letters and digits");
        String partyPhone = parameters.matching("phone", phone, PHONE, "INVALID_PHONE",
                "digits, optionally with a leading + and spaces or hyphens (5 to 20 characters)");
        Instant start = parameters.instant("from", from, false);
        Instant end = parameters.instant("to", to, true);
        int pageNumber = parameters.integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = Math.min(parameters.integer("size", size, DEFAULT_SIZE, 1, Integer.MAX_VALUE), MAX_SIZE);
        if (start != null && end != null && start.isAfter(end)) {
            parameters.problems.add(new Problem("/query/from", "RANGE_REVERSED", "'from' is after 'to'"));
        }
        if (!parameters.problems.isEmpty()) {
            throw ProblemException.badRequest(parameters.problems);
        }
        return new CaseSearch(blankToNull(plate), blankToNull(reportNumber), party, partyPhone, start, end,
                pageNumber, pageSize);
    }

    /** The trimmed value when it has the pattern; the problem does not quote it (it is personal data). */
    private String matching(String name, String value, Pattern pattern, String code, String expected) {
        String trimmed = blankToNull(value);
        if (trimmed != null && !pattern.matcher(trimmed).matches()) {
            problems.add(new Problem("/query/" + name, code, name + " must be " + expected));
            return null;
        }
        return trimmed;
    }

    /** An ISO date-time with offset, or a date (the whole day: from its start, to its end). */
    private Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ACCIDENT_ZONE).toInstant()
                        .minusMillis(endOfDay ? 1 : 0);
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            problems.add(new Problem("/query/" + name, "INVALID_DATE_TIME",
                    "expected YYYY-MM-DD or an ISO-8601 date-time with offset, got '" + value + "'"));
            return null;
        }
    }

    private int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                problems.add(new Problem("/query/" + name, "OUT_OF_RANGE",
                        name + " must be between " + min + " and " + max));
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number"));
            return absent;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
