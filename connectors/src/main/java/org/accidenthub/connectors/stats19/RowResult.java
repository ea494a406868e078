package org.accidenthub.connectors.stats19;

import java.util.List;
import java.util.Objects;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * What the reader made of one row: a collision row with its joined vehicles and casualties
 * (accepted as a record, or rejected with every problem found), a vehicle or casualty row that
 * joined no collision, or a problem with a whole file.
 *
 * @param table          the table the row belongs to
 * @param row            the line the row starts on (1 = the header)
 * @param collisionIndex the row's collision index when it could be read, else null
 * @param conversion     the record, or the errors; warnings either way
 * @param stopsReading   true when this is the last result because a file could not be read
 *                       (no index column, an I/O error, ...): rows after it were not looked at
 */
public record RowResult(
        Stats19Table table,
        long row,
        String collisionIndex,
        Conversion<AccidentRecord> conversion,
        boolean stopsReading) {

    public RowResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(conversion, "conversion");
    }

    public boolean accepted() {
        return conversion.accepted();
    }

    /** The record of an accepted row; null for a rejected one. */
    public AccidentRecord record() {
        return conversion.record();
    }

    public List<Problem> errors() {
        return conversion.errors();
    }

    public List<Problem> warnings() {
        return conversion.warnings();
    }
}
