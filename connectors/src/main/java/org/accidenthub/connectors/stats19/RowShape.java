package org.accidenthub.connectors.stats19;

import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Checks that come before any value of a data row: CSV syntax and the number of values. A row
 * that fails them is not read further, because its values may be shifted into the wrong
 * columns; its index is still named when it looks like one.
 */
final class RowShape {

    /** Collision index: 1-32 letters and digits (2022010352073; older files 200501BS00001). */
    static final Pattern INDEX = Pattern.compile("[0-9A-Za-z]{1,32}");

    private RowShape() {
    }

    /** True when the row's values can be read by column. */
    static boolean check(Header header, CsvRow row, ProblemCollector problems) {
        String path = header.table().row(row.line());
        for (CsvDefect defect : row.defects()) {
            problems.error(path, defect.code().name(), defect.message());
        }
        if (!row.defects().isEmpty()) {
            return false;
        }
        if (row.values().size() != header.width()) {
            problems.error(path, Stats19ProblemCode.COLUMN_COUNT.name(),
                    "the row has " + row.values().size() + " values; the header has " + header.width() + " columns");
            return false;
        }
        return true;
    }

    /** The row's collision index if it looks like one, for naming the row in results; else null. */
    static String indexOf(Header header, CsvRow row, Column indexColumn) {
        String value = row.value(header.position(indexColumn));
        return value != null && INDEX.matcher(value).matches() ? value : null;
    }
}
