package org.accidenthub.connectors.stats19;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accidenthub.connectors.spi.Problem;

/**
 * The rows of a vehicle or casualty file, grouped by collision index until the collision row
 * takes them. What no collision took is reported after the last collision row.
 *
 * @param <T> the row's kept values
 */
final class JoinedRows<T> {

    /**
     * One loaded row.
     *
     * @param index  its collision index; null when unreadable (then it can join nothing)
     * @param row    its values; null when it has errors
     * @param errors its problems, with paths into its own file
     */
    record Loaded<T>(long line, String index, T row, List<Problem> errors) {
    }

    private final Header header;
    private final Map<String, List<Loaded<T>>> byIndex = new LinkedHashMap<>();
    private final List<Loaded<T>> unjoinable = new ArrayList<>();
    private int size;

    JoinedRows(Header header) {
        this.header = header;
    }

    Stats19Table table() {
        return header.table();
    }

    /** Path of a value in this file, for problems found at the join (duplicate references, ...). */
    String path(long line, Column column) {
        return header.table().cell(line, header.name(column));
    }

    void add(Loaded<T> row) {
        size++;
        if (row.index() == null) {
            unjoinable.add(row);
        } else {
            byIndex.computeIfAbsent(row.index(), index -> new ArrayList<>(2)).add(row);
        }
    }

    int size() {
        return size;
    }

    /** The rows of one collision, removed so that they are not reported as unmatched. */
    List<Loaded<T>> take(String index) {
        List<Loaded<T>> rows = index == null ? null : byIndex.remove(index);
        return rows == null ? List.of() : rows;
    }

    /** Rows no collision took, in file order. */
    List<Loaded<T>> leftovers() {
        List<Loaded<T>> rows = new ArrayList<>(unjoinable);
        byIndex.values().forEach(rows::addAll);
        rows.sort(Comparator.comparingLong(Loaded::line));
        return rows;
    }
}
