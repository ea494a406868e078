package org.accidenthub.connectors.stats19;

import java.io.InputStream;
import java.util.function.Function;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Loads a vehicle or casualty file into {@link JoinedRows} before the collision rows are read:
 * those files are smaller, and nothing promises they are ordered like the collision file.
 * Holds at most {@link Stats19Limits#maxJoinedRows()} rows.
 */
final class SideTableLoader {

    private SideTableLoader() {
    }

    static <T> JoinedRows<T> load(Stats19Table table, InputStream in, Stats19Limits limits,
            Column indexColumn, Function<RowFields, T> reader) throws UnreadableFile {
        TableInput input = new TableInput(table, in, limits);
        Header header = input.header();
        JoinedRows<T> rows = new JoinedRows<>(header);
        CsvRow row;
        while ((row = input.next()) != null) {
            if (rows.size() >= limits.maxJoinedRows()) {
                throw new UnreadableFile(table, row.line(), new Problem(table.row(row.line()), Stats19ProblemCode.TOO_MANY_ROWS.name(),
                        "the " + table.label() + " file has more than " + limits.maxJoinedRows()
                                + " rows, the most kept for the join; import it in parts (by year)"));
            }
            ProblemCollector problems = new ProblemCollector();
            T values = RowShape.check(header, row, problems) ? reader.apply(new RowFields(header, row, problems)) : null;
            rows.add(new JoinedRows.Loaded<>(row.line(), RowShape.indexOf(header, row, indexColumn), values,
                    problems.errors()));
        }
        return rows;
    }
}
