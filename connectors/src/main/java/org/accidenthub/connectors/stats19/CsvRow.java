package org.accidenthub.connectors.stats19;

import java.util.List;
import java.util.Set;

/**
 * One CSV record as read: the line it starts on (1 = the header, as a text editor numbers
 * lines; a quoted line break makes a record span lines), its values, and what was wrong with
 * its syntax. A record with defects still has the values read up to the limits, so that its
 * index can be named in the problem.
 */
record CsvRow(long line, List<String> values, Set<CsvDefect> defects) {

    CsvRow {
        values = List.copyOf(values);
        defects = Set.copyOf(defects);
    }

    /** The value at a position, or null when the row is shorter. */
    String value(int position) {
        return position >= 0 && position < values.size() ? values.get(position) : null;
    }
}
