package org.accidenthub.connectors.stats19;

import java.io.InputStream;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * Reads STATS19, the Great Britain police collision data published by the Department for
 * Transport (domain.md §7; our page: docs/formats/stats19.md), into canonical
 * {@link AccidentRecord}s: one per collision row, with the vehicles and casualties of that
 * collision when their files are given.
 *
 * <p>Streaming: the collision file is read row by row as the results are consumed, so a file of
 * any length needs memory for one row (plus the vehicle and casualty rows kept for the join,
 * bounded by {@link Stats19Limits#maxJoinedRows()}). Each result is one row, accepted or
 * rejected with all its problems; a bad row never stops the good ones. Only a file that cannot
 * be read at all (no index column, an I/O error) ends the results early, with one result that
 * {@link RowResult#stopsReading()}.
 *
 * <p>The reader never throws for bad input. It does not close the streams: the caller opened
 * them and closes them after consuming the results. The instance is stateless and thread-safe;
 * each returned stream or iterator is for one thread.
 */
public final class Stats19CollisionReader {

    public static final ConnectorId ID = new ConnectorId("stats19", "1.0.0");

    private final Stats19Limits limits;

    public Stats19CollisionReader() {
        this(Stats19Limits.DEFAULT);
    }

    public Stats19CollisionReader(Stats19Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ConnectorId id() {
        return ID;
    }

    /**
     * The results of an import, in order: one per collision row (in file order), then one per
     * vehicle or casualty row that joined no collision. Lazy: nothing is read before the first
     * result is asked for.
     *
     * @param collisions the collision (accident) CSV
     * @param vehicles   the vehicle CSV, or empty: the records then have no vehicles
     * @param casualties the casualty CSV, or empty: the records then have no parties
     * @param context    when the hub received the files (a collision after it is refused)
     */
    public Stream<RowResult> read(InputStream collisions, Optional<InputStream> vehicles,
            Optional<InputStream> casualties, ReadContext context) {
        Iterator<RowResult> results = iterator(collisions, vehicles, casualties, context);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(results, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The collision file alone. */
    public Stream<RowResult> read(InputStream collisions, ReadContext context) {
        return read(collisions, Optional.empty(), Optional.empty(), context);
    }

    /** The same results as {@link #read}, as an iterator (for callers that batch or pause between rows). */
    public Iterator<RowResult> iterator(InputStream collisions, Optional<InputStream> vehicles,
            Optional<InputStream> casualties, ReadContext context) {
        Objects.requireNonNull(collisions, "collisions");
        Objects.requireNonNull(vehicles, "vehicles");
        Objects.requireNonNull(casualties, "casualties");
        Objects.requireNonNull(context, "context");
        return new RowResults(collisions, vehicles.orElse(null), casualties.orElse(null), context, limits);
    }
}
