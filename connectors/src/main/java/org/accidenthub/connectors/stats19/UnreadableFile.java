package org.accidenthub.connectors.stats19;

import java.util.List;
import org.accidenthub.connectors.spi.Problem;

/**
 * A file (or the rest of one) cannot be read; carries where and why. Internal control flow
 * only: it ends the results with one result that stops reading.
 */
final class UnreadableFile extends Exception {

    private static final long serialVersionUID = 1L;

    private final Stats19Table table;
    private final long row;
    private final transient List<Problem> problems;

    /**
     * @param row the row at fault (1 = the header), 0 for the file as a whole
     */
    UnreadableFile(Stats19Table table, long row, List<Problem> problems) {
        super(problems.isEmpty() ? "unreadable" : problems.get(0).message(), null, false, false);
        this.table = table;
        this.row = row;
        this.problems = List.copyOf(problems);
    }

    UnreadableFile(Stats19Table table, long row, Problem problem) {
        this(table, row, List.of(problem));
    }

    Stats19Table table() {
        return table;
    }

    long row() {
        return row;
    }

    List<Problem> problems() {
        return problems;
    }
}
