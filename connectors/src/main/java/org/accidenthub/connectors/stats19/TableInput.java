package org.accidenthub.connectors.stats19;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.connectors.spi.Problem;

/** One table's CSV stream: its header first, then its rows; I/O failures and header problems become problems. */
final class TableInput {

    private final Stats19Table table;
    private final CsvReader csv;

    TableInput(Stats19Table table, InputStream in, Stats19Limits limits) {
        this.table = table;
        this.csv = new CsvReader(in, limits.maxRowChars(), limits.maxColumns());
    }

    /** The header row; the file cannot be read without a complete one. */
    Header header() throws UnreadableFile {
        CsvRow row = next();
        if (row == null) {
            throw new UnreadableFile(table, 0, new Problem(table.file(), Stats19ProblemCode.EMPTY_FILE.name(),
                    "the " + table.label() + " file is empty: a header row is required"));
        }
        List<Problem> problems = new ArrayList<>();
        return Header.read(table, row, problems).orElseThrow(() -> new UnreadableFile(table, row.line(), problems));
    }

    /** The next row, or null at the end. */
    CsvRow next() throws UnreadableFile {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new UnreadableFile(table, 0, new Problem(table.file(), Stats19ProblemCode.READ_FAILED.name(),
                    "reading the " + table.label() + " file failed: " + e.getMessage()));
        }
    }
}
