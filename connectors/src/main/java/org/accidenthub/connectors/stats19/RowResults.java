package org.accidenthub.connectors.stats19;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * The results of one import, one collision row at a time. On the first call it loads the vehicle
 * and casualty files (if given) and reads the collision header; then each call reads one
 * collision row; after the last one it reports the vehicle and casualty rows no collision took.
 * Nothing escapes as an exception: an unreadable file ends the results with one result that
 * {@link RowResult#stopsReading()}.
 */
final class RowResults implements Iterator<RowResult> {

    private enum Stage { START, COLLISIONS, LEFTOVERS, DONE }

    private final TableInput collisions;
    private final InputStream vehicleStream;
    private final InputStream casualtyStream;
    private final ReadContext context;
    private final Stats19Limits limits;

    private Stage stage = Stage.START;
    private Header header;
    private JoinedRows<SideRows.VehicleRow> vehicles;
    private JoinedRows<SideRows.CasualtyRow> casualties;
    private final Deque<RowResult> leftovers = new ArrayDeque<>();
    private RowResult next;

    RowResults(InputStream collisions, InputStream vehicles, InputStream casualties, ReadContext context,
            Stats19Limits limits) {
        this.collisions = new TableInput(Stats19Table.COLLISION, collisions, limits);
        this.vehicleStream = vehicles;
        this.casualtyStream = casualties;
        this.context = context;
        this.limits = limits;
    }

    @Override
    public boolean hasNext() {
        if (next == null && stage != Stage.DONE) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public RowResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        RowResult result = next;
        next = null;
        return result;
    }

    private RowResult advance() {
        try {
            if (stage == Stage.START) {
                start();
            }
            if (stage == Stage.COLLISIONS) {
                CsvRow row = collisions.next();
                if (row != null) {
                    return collision(row);
                }
                collectLeftovers();
            }
            if (stage == Stage.LEFTOVERS && !leftovers.isEmpty()) {
                return leftovers.poll();
            }
            stage = Stage.DONE;
            return null;
        } catch (UnreadableFile unreadable) {
            return stop(unreadable.table(), unreadable.row(), unreadable.problems());
        } catch (RuntimeException defect) {
            // a bug of the reader, never expected (the fuzz tests look for it): stop rather than throw
            return stop(Stats19Table.COLLISION, 0, List.of(internalError(Stats19Table.COLLISION.file(), defect)));
        }
    }

    private void start() throws UnreadableFile {
        if (vehicleStream != null) {
            vehicles = SideTableLoader.load(Stats19Table.VEHICLE, vehicleStream, limits, Column.VEHICLE_INDEX,
                    SideRowReader::vehicle);
        }
        if (casualtyStream != null) {
            casualties = SideTableLoader.load(Stats19Table.CASUALTY, casualtyStream, limits, Column.CASUALTY_INDEX,
                    SideRowReader::casualty);
        }
        header = collisions.header();
        stage = Stage.COLLISIONS;
    }

    /** One collision row: its problems never stop the rows after it. */
    private RowResult collision(CsvRow row) {
        String index = RowShape.indexOf(header, row, Column.COLLISION_INDEX);
        ProblemCollector problems = new ProblemCollector();
        AccidentRecord record = null;
        try {
            RowFields fields = new RowFields(header, row, problems);
            CollisionRow values = RowShape.check(header, row, problems) ? CollisionRowReader.read(fields, context) : null;
            CollisionJoin.Joined joined = CollisionJoin.join(index, fields, values, vehicles, casualties);
            if (values != null && !problems.hasErrors()) {
                record = RecordMapper.toRecord(values, joined, header.naming());
            }
        } catch (RuntimeException defect) {
            // a bug of the reader, never expected: this row is rejected, the next ones are still read
            Problem problem = internalError(Stats19Table.COLLISION.row(row.line()), defect);
            problems.error(problem.path(), problem.code(), problem.message());
            record = null;
        }
        return new RowResult(Stats19Table.COLLISION, row.line(), index, problems.conclude(record), false);
    }

    /** Vehicle and casualty rows that no collision row took: with their own errors, or as unmatched. */
    private void collectLeftovers() {
        stage = Stage.LEFTOVERS;
        addLeftovers(vehicles);
        addLeftovers(casualties);
    }

    private <T> void addLeftovers(JoinedRows<T> file) {
        if (file == null) {
            return;
        }
        for (JoinedRows.Loaded<T> row : file.leftovers()) {
            ProblemCollector problems = new ProblemCollector();
            row.errors().forEach(error -> problems.error(error.path(), error.code(), error.message()));
            if (row.index() != null || !problems.hasErrors()) {
                problems.error(file.path(row.line(), file.table() == Stats19Table.VEHICLE
                                ? Column.VEHICLE_INDEX : Column.CASUALTY_INDEX),
                        Stats19ProblemCode.NO_MATCHING_COLLISION.name(),
                        "the collision file has no row with index " + row.index());
            }
            leftovers.add(new RowResult(file.table(), row.line(), row.index(), problems.conclude(null), false));
        }
    }

    private RowResult stop(Stats19Table table, long row, List<Problem> problems) {
        stage = Stage.DONE;
        return new RowResult(table, row, null, new Conversion<AccidentRecord>(null, problems, List.of()), true);
    }

    private static Problem internalError(String path, RuntimeException defect) {
        return new Problem(path, Stats19ProblemCode.INTERNAL_ERROR.name(),
                "the reader failed on this row (" + defect.getClass().getSimpleName() + "); please report it");
    }
}
