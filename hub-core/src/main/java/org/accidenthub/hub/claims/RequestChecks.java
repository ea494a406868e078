package org.accidenthub.hub.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Checks of a request body that collect every problem with its JSON pointer, so that the caller
 * sees all of them in one 422 (codes as in docs/CLAIMS.md, "Validation").
 */
final class RequestChecks {

    static final int MAX_TEXT = 2000;

    private final List<Problem> problems = new ArrayList<>();

    /** A missing body is one problem at the root. */
    static void requireBody(Object body) {
        if (body == null) {
            throw ProblemException.invalid(List.of(new Problem("", "REQUIRED", "a JSON body is required")), List.of());
        }
    }

    String text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                fail(field, "REQUIRED", field + " is required");
            }
            return null;
        }
        if (value.length() > maxLength) {
            fail(field, "TOO_LONG", field + " may have at most " + maxLength + " characters");
            return null;
        }
        return value.strip();
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (text(field, value, true, 64) == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        fail(field, "NOT_ALLOWED_VALUE", field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        return null;
    }

    BigDecimal money(String field, String value) {
        if (text(field, value, true, 32) == null) {
            return null;
        }
        BigDecimal amount = Money.parse(value);
        if (amount == null) {
            fail(field, "PATTERN_MISMATCH", field + " must be a decimal string with two places, such as \"1234.50\"");
            return null;
        }
        if (amount.signum() <= 0 || amount.compareTo(Money.LARGEST) > 0) {
            fail(field, "OUT_OF_RANGE", field + " must be above 0 and at most " + Money.LARGEST.toPlainString());
            return null;
        }
        return amount;
    }

    LocalDate date(String field, String value) {
        if (text(field, value, true, 10) == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            fail(field, "INVALID_DATE", field + " must be a date YYYY-MM-DD");
            return null;
        }
    }

    Integer range(String field, Integer value, boolean required, int min, int max) {
        if (value == null) {
            if (required) {
                fail(field, "REQUIRED", field + " is required");
            }
            return null;
        }
        if (value < min || value > max) {
            fail(field, "OUT_OF_RANGE", field + " must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    void fail(String field, String code, String message) {
        problems.add(new Problem("/" + field, code, message));
    }

    /** 422 with every problem found, when there is any. */
    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, List.of());
        }
    }
}
