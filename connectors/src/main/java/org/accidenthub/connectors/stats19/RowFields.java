package org.accidenthub.connectors.stats19;

import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * The values of one data row, read by column with the format's rules; every problem goes to
 * the collector with its path ("collision row 7, column weather_conditions") and reading goes
 * on, so a row gets all its problems at once.
 *
 * <p>Missing: an empty value and {@code -1} ("data missing or out of range", STATS19 guide) are
 * both absent, and so is a column the header does not have. Numbers are plain ASCII digits: no
 * sign, blank, exponent or thousands separator (the DfT files never use them, and each would
 * otherwise be a way to smuggle in a different value).
 */
final class RowFields {

    static final String MISSING = "-1";
    private static final Pattern INTEGER = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,17})?([eE][-+]?[0-9]{1,2})?");

    private final Header header;
    private final CsvRow row;
    private final ProblemCollector problems;

    RowFields(Header header, CsvRow row, ProblemCollector problems) {
        this.header = header;
        this.row = row;
        this.problems = problems;
    }

    long line() {
        return row.line();
    }

    ProblemCollector problems() {
        return problems;
    }

    String path(Column column) {
        return header.table().cell(row.line(), header.name(column));
    }

    static boolean missing(String value) {
        return value == null || value.isEmpty() || value.equals(MISSING);
    }

    /** The value as written, null when the header has no such column. */
    String raw(Column column) {
        return row.value(header.position(column));
    }

    /** The value, or null when missing; a required value that is missing is REQUIRED. */
    String text(Column column, boolean required) {
        String value = raw(column);
        if (missing(value)) {
            if (required) {
                problems.error(path(column), Stats19ProblemCode.REQUIRED.name(),
                        "a value is required here; it is empty or -1 (missing)");
            }
            return null;
        }
        return value;
    }

    /** An integer in [min, max], or null when missing or wrong (then with its problem). */
    Integer integer(Column column, boolean required, int min, int max) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            problems.error(path(column), Stats19ProblemCode.NOT_A_NUMBER.name(),
                    "'" + excerpt(value) + "' is not a whole number");
            return null;
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            problems.error(path(column), Stats19ProblemCode.OUT_OF_RANGE.name(),
                    number + " is not between " + min + " and " + max);
            return null;
        }
        return number;
    }

    /** The code's entry in the list, or null when missing or wrong (then with its problem). */
    <T> CodeList.Entry<T> code(Column column, CodeList<T> list, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            problems.error(path(column), Stats19ProblemCode.NOT_A_NUMBER.name(),
                    "'" + excerpt(value) + "' is not a code: codes are whole numbers (" + list.scheme() + ")");
            return null;
        }
        CodeList.Entry<T> entry = list.entry(Integer.parseInt(value)).orElse(null);
        if (entry == null) {
            problems.error(path(column), Stats19ProblemCode.UNKNOWN_CODE.name(),
                    value + " is not a code of " + list.scheme() + " (STATS19 guide)");
        }
        return entry;
    }

    /** A decimal number in [min, max], or null when missing or wrong (then with its problem). */
    Double decimal(Column column, double min, double max) {
        String value = text(column, false);
        if (value == null) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problems.error(path(column), Stats19ProblemCode.NOT_A_NUMBER.name(),
                    "'" + excerpt(value) + "' is not a decimal number such as -0.198224 or 1.8E-05");
            return null;
        }
        double number = Double.parseDouble(value);
        if (number < min || number > max) {
            problems.error(path(column), Stats19ProblemCode.OUT_OF_RANGE.name(),
                    value + " is not between " + min + " and " + max);
            return null;
        }
        return number;
    }

    /** Values are quoted back shortened, so that a hostile row cannot make a huge message. */
    static String excerpt(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
