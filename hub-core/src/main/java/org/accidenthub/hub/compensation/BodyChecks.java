package org.accidenthub.hub.compensation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * Checks of a request body that collect every problem with its JSON pointer instead of stopping
 * at the first, so that the caller sees all of them in one 422 (codes in docs/COMPENSATION.md).
 */
public final class BodyChecks {

    private final List<Problem> problems = new ArrayList<>();

    /** An optional amount: absent is 0.00 ("not claimed"); present must have two places. */
    public BigDecimal amountOrZero(String pointer, String value) {
        return value == null ? Amounts.ZERO : amount(pointer, value);
    }

    /** A required amount; null when missing or malformed (the problem is recorded). */
    public BigDecimal amount(String pointer, String value) {
        if (value == null) {
            add(pointer, "REQUIRED", "an amount is required, such as \"1234.50\"");
            return null;
        }
        BigDecimal amount = Amounts.parse(value);
        if (amount == null) {
            add(pointer, "PATTERN_MISMATCH",
                    "an amount is a non-negative decimal string with two places, such as \"1234.50\": " + value);
        }
        return amount;
    }

    /** A required whole number; null when missing (the problem is recorded). */
    public Integer required(String pointer, Integer value) {
        if (value == null) {
            add(pointer, "REQUIRED", "a whole number is required");
        }
        return value;
    }

    /** Optional text of at most {@code maxLength} characters, stripped; null when absent or too long. */
    public String text(String pointer, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            add(pointer, "TOO_LONG", "at most " + maxLength + " characters");
            return null;
        }
        return value.strip();
    }

    /** Required text of at most {@code maxLength} characters, stripped; null when missing or too long (recorded). */
    public String requiredText(String pointer, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(pointer, "REQUIRED", "a value is required");
            return null;
        }
        return text(pointer, value, maxLength);
    }

    /** A required date YYYY-MM-DD; null when missing or malformed (recorded). */
    public LocalDate date(String pointer, String value) {
        if (value == null) {
            add(pointer, "REQUIRED", "a date YYYY-MM-DD is required");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            add(pointer, "INVALID_DATE", "a date YYYY-MM-DD is required: " + value);
            return null;
        }
    }

    /** A required instant, ISO-8601 with offset; null when missing or malformed (recorded). */
    public Instant instant(String pointer, String value) {
        if (value == null) {
            add(pointer, "REQUIRED", "an instant such as 2026-10-05T09:30:00+08:00 is required");
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException malformed) {
            add(pointer, "INVALID_INSTANT", "an instant with offset such as 2026-10-05T09:30:00+08:00 is required: "
                    + value);
            return null;
        }
    }

    /** An UPPER_SNAKE symbol of the enum, or {@code absent} when not given; null when unknown. */
    public <E extends Enum<E>> E oneOf(String pointer, String value, Class<E> type, E absent) {
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        add(pointer, "NOT_ALLOWED_VALUE", "must be one of " + Arrays.toString(type.getEnumConstants()) + ": " + value);
        return null;
    }

    public void add(String pointer, String code, String message) {
        problems.add(new Problem(pointer, code, message));
    }

    public void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** 422 with every problem found, when there is any. */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, List.of());
        }
    }
}
