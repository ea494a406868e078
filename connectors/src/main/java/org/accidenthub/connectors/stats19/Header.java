package org.accidenthub.connectors.stats19;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accidenthub.connectors.spi.Problem;

/**
 * The header row of one table: where each used column is, and the name the file gives it
 * (problem paths quote the file's own spelling). A header that lacks a required column, or
 * names a used column twice, or is not valid CSV, makes the whole file unreadable.
 */
final class Header {

    private final Stats19Table table;
    private final int width;
    private final Map<Column, Integer> positions;
    private final Map<Column, String> names;

    private Header(Stats19Table table, int width, Map<Column, Integer> positions, Map<Column, String> names) {
        this.table = table;
        this.width = width;
        this.positions = positions;
        this.names = names;
    }

    /** The header, or empty with every problem added to {@code problems}. */
    static Optional<Header> read(Stats19Table table, CsvRow row, List<Problem> problems) {
        for (CsvDefect defect : row.defects()) {
            problems.add(new Problem(table.row(row.line()), defect.code().name(), "header: " + defect.message()));
        }
        if (!row.defects().isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < row.values().size(); i++) {
            byName.computeIfAbsent(Column.normalise(row.values().get(i)), name -> new ArrayList<>()).add(i);
        }
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Map<Column, String> names = new EnumMap<>(Column.class);
        for (Column column : Column.of(table)) {
            Optional<String> found = column.names().stream().filter(byName::containsKey).findFirst();
            if (found.isEmpty()) {
                if (column.required()) {
                    problems.add(new Problem(table.cell(row.line(), column.preferredName()),
                            Stats19ProblemCode.MISSING_COLUMN.name(),
                            "the header has no column " + String.join(" or ", column.names())
                                    + " (in any capitalisation); the file is not read"));
                }
                continue;
            }
            List<Integer> at = byName.get(found.get());
            String written = row.values().get(at.get(0)).strip();
            if (at.size() > 1) {
                problems.add(new Problem(table.cell(row.line(), written), Stats19ProblemCode.DUPLICATE_COLUMN.name(),
                        "the header names column " + written + " " + at.size() + " times; the file is not read"));
                continue;
            }
            positions.put(column, at.get(0));
            names.put(column, written);
        }
        boolean complete = Column.of(table).stream()
                .filter(Column::required)
                .allMatch(positions::containsKey);
        return complete && problems.isEmpty()
                ? Optional.of(new Header(table, row.values().size(), positions, names))
                : Optional.empty();
    }

    Stats19Table table() {
        return table;
    }

    int width() {
        return width;
    }

    /** Position of the column, -1 when the header does not have it. */
    int position(Column column) {
        return positions.getOrDefault(column, -1);
    }

    /** The column's name as the file writes it. */
    String name(Column column) {
        return names.getOrDefault(column, column.preferredName());
    }

    /**
     * The naming of the release, told by the index column: {@code accident_index},
     * {@code collision_index}, or capitalised ({@code Accident_Index}) in the older files.
     */
    String naming() {
        String written = name(Column.of(table).get(0));
        String lower = Column.normalise(written);
        if (written.equals(lower)) {
            return lower;
        }
        StringBuilder capitalised = new StringBuilder();
        for (String word : lower.split("_", -1)) {
            if (capitalised.length() > 0) {
                capitalised.append('_');
            }
            capitalised.append(word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return capitalised.toString();
    }
}
