package org.accidenthub.connectors.stats19;

/**
 * Every code the STATS19 reader reports. Importers may branch on them, so a code is never
 * renamed or reused for another meaning; docs/formats/stats19.md lists each with an example.
 * Paths name the table, the row (the line it starts on; the header is row 1) and the column
 * as written in the file's header, e.g. {@code collision row 7, column weather_conditions}.
 */
public enum Stats19ProblemCode {

    // --- a whole file: nothing (more) is read; the result has stopsReading() ---
    /** No header row at all. */
    EMPTY_FILE,
    /** A column the reader needs is not in the header (for the index: none of its three namings). */
    MISSING_COLUMN,
    /** A column the reader needs appears twice in the header. */
    DUPLICATE_COLUMN,
    /** The vehicle or casualty file has more rows than the reader keeps for the join. */
    TOO_MANY_ROWS,
    /** The stream failed while reading (an I/O error, not bad content). */
    READ_FAILED,

    // --- the syntax of one row (also of the header, which then stops reading) ---
    UNTERMINATED_QUOTE,
    STRAY_QUOTE,
    ROW_TOO_LONG,
    TOO_MANY_COLUMNS,
    INVALID_ENCODING,
    /** The row has another number of values than the header has names. */
    COLUMN_COUNT,

    // --- one value ---
    /** A value the record needs is empty or -1. */
    REQUIRED,
    /** Not an integer (codes, counts) or not a decimal number (coordinates). */
    NOT_A_NUMBER,
    /** An integer that is not in the column's code list (STATS19 guide). */
    UNKNOWN_CODE,
    /** A number outside the column's range (coordinates, counts, references, speed limit). */
    OUT_OF_RANGE,
    /** The collision index is not 1 to 32 letters and digits. */
    PATTERN_MISMATCH,
    /** Not a real calendar date in the form DD/MM/YYYY. */
    INVALID_DATE,
    /** Not a time of day in the form HH:MM. */
    INVALID_TIME,

    // --- between values and between tables ---
    /** Only one of longitude and latitude. */
    COORDINATES_INCOMPLETE,
    /** The collision is after the time the hub received the file. */
    OCCURRED_IN_FUTURE,
    /** Two vehicles (or two casualties) of one collision with the same reference. */
    DUPLICATE_REFERENCE,
    /** A casualty refers to a vehicle that the vehicle file does not list for its collision. */
    UNKNOWN_VEHICLE_REF,
    /** A vehicle or casualty row whose collision index is not in the collision file. */
    NO_MATCHING_COLLISION,

    // --- warnings: the record is accepted ---
    /** day_of_week disagrees with the date. */
    DAY_OF_WEEK_MISMATCH,
    /** accident_year (collision_year) disagrees with the date. */
    YEAR_MISMATCH,
    /** number_of_vehicles or number_of_casualties disagrees with the rows joined from the other file. */
    COUNT_MISMATCH,
    /** Coordinates far outside Great Britain (swapped longitude and latitude, most likely). */
    COORDINATES_OUTSIDE_GB,
    /** A local time skipped by the change to British Summer Time; read one hour later. */
    TIME_IN_DST_GAP,
    /** A local time that occurs twice when British Summer Time ends; read as the first (BST). */
    AMBIGUOUS_LOCAL_TIME,

    // --- a defect of the reader itself ---
    /** An unexpected failure while mapping one row; the row is rejected and reading goes on. Never expected. */
    INTERNAL_ERROR
}
