package org.accidenthub.connectors.stats19;

/**
 * Bounds on what one import may make the reader hold in memory.
 *
 * @param maxRowChars   characters in one row (header included); a longer row is rejected
 *                      ({@code ROW_TOO_LONG}) and reading goes on. Real rows have about 200.
 * @param maxColumns    values in one row; more are rejected ({@code TOO_MANY_COLUMNS}). The
 *                      published tables have a few dozen (the 2022 collision table: 36).
 * @param maxJoinedRows rows kept from the vehicle file, and again from the casualty file, for the
 *                      join by index. Only the few values the record needs are kept (150 bytes
 *                      a row, index included, measured with 200,000 vehicle rows), so the default bounds each table at about
 *                      75 MB; one year of Great Britain (about 200,000 vehicle rows) fits. A larger
 *                      file stops the import with {@code TOO_MANY_ROWS}: split it by year.
 */
public record Stats19Limits(int maxRowChars, int maxColumns, int maxJoinedRows) {

    public static final Stats19Limits DEFAULT = new Stats19Limits(64 * 1024, 512, 500_000);

    public Stats19Limits {
        if (maxRowChars < 1 || maxColumns < 1 || maxJoinedRows < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
