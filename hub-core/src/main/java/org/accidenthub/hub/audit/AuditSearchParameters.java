package org.accidenthub.hub.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/** Query parameters of the audit endpoints, checked all at once (one 400 lists every mistake). */
final class AuditSearchParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** A bare date is a day in China Standard Time, as in the case search. */
    private static final ZoneId HUB_ZONE = ZoneId.of("Asia/Shanghai");

    private final List<Problem> problems = new ArrayList<>();

    private AuditSearchParameters() {
    }

    static AuditSearch parse(String caseId, String subject, String from, String to, String page, String size) {
        AuditSearchParameters parameters = new AuditSearchParameters();
        UUID id = parameters.uuid("caseId", caseId);
        Instant start = parameters.instant("from", from, false);
        Instant end = parameters.instant("to", to, true);
        Paging paging = parameters.paging(page, size);
        if (start != null && end != null && start.isAfter(end)) {
            parameters.problems.add(new Problem("/query/from", "RANGE_REVERSED", "'from' is after 'to'"));
        }
        parameters.failOnProblems();
        return new AuditSearch(id, subject == null || subject.isBlank() ? null : subject, start, end, paging.page(),
                paging.size());
    }

    /** Page and size alone, for the audit of one case. */
    static Paging parsePaging(String page, String size) {
        AuditSearchParameters parameters = new AuditSearchParameters();
        Paging paging = parameters.paging(page, size);
        parameters.failOnProblems();
        return paging;
    }

    record Paging(int page, int size) {
    }

    private void failOnProblems() {
        if (!problems.isEmpty()) {
            throw ProblemException.badRequest(problems);
        }
    }

    private Paging paging(String page, String size) {
        int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
        int pageSize = Math.min(integer("size", size, DEFAULT_SIZE, 1, Integer.MAX_VALUE), MAX_SIZE);
        return new Paging(pageNumber, pageSize);
    }

    private UUID uuid(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            problems.add(new Problem("/query/" + name, "INVALID_UUID", name + " must be a UUID, got '" + value + "'"));
            return null;
        }
    }

    private Instant instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(HUB_ZONE).toInstant()
                        .minusNanos(endOfDay ? 1000 : 0);
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
                problems.add(new Problem("/query/" + name, "OUT_OF_RANGE", name + " must be between " + min + " and " + max));
                return absent;
            }
            return number;
        } catch (NumberFormatException malformed) {
            problems.add(new Problem("/query/" + name, "NOT_AN_INTEGER", name + " must be a whole number"));
            return absent;
        }
    }
}
