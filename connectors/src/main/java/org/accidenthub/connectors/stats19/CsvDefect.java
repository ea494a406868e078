package org.accidenthub.connectors.stats19;

/**
 * What can be wrong with one CSV record before its values are looked at (RFC 4180 syntax and
 * the reader's limits). Each maps to the problem code of the same name.
 */
enum CsvDefect {

    /** The file ended inside a quoted value. */
    UNTERMINATED_QUOTE("a quoted value is not closed before the end of the file"),
    /** A quote inside an unquoted value, or text after a closing quote ({@code ab"c}, {@code "ab"c}). */
    STRAY_QUOTE("a double quote is only allowed around a whole value, and doubled inside it"),
    /** The record is longer than {@link Stats19Limits#maxRowChars()}. */
    ROW_TOO_LONG("the row is longer than the reader allows"),
    /** The record has more values than {@link Stats19Limits#maxColumns()}. */
    TOO_MANY_COLUMNS("the row has more values than the reader allows"),
    /** Bytes that are not UTF-8 (decoded as U+FFFD). */
    INVALID_ENCODING("the row contains bytes that are not UTF-8");

    private final String message;

    CsvDefect(String message) {
        this.message = message;
    }

    String message() {
        return message;
    }

    Stats19ProblemCode code() {
        return Stats19ProblemCode.valueOf(name());
    }
}
