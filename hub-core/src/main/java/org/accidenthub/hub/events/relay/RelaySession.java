package org.accidenthub.hub.events.relay;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The active relay's database session. It holds a session-level advisory lock, so one relay per
 * database is active and replicas stand by; every read and write of the relay goes over this one
 * connection, so a relay that lost it (and with it the lock) cannot record progress after another
 * relay took over.
 */
final class RelaySession implements AutoCloseable {

    /** The advisory lock key of the outbox relay (any constant no other part of the hub uses). */
    static final long LOCK_KEY = 0x4148_5245_4C41_5931L; // "AHRELAY1"

    /**
     * The oldest unpublished event of each case, oldest first. A case never has two events in flight:
     * if the broker lost one, no later event of that case can have overtaken it (retries of an
     * idempotent producer keep order, but a batch that expires lets the next one through). Payloads
     * are read only for the rows chosen. The window bounds the work when few cases hold many events.
     */
    private static final String NEXT_PER_CASE = """
            with candidates as (
                select id, aggregateid, position from outbox_events
                where published_at is null
                order by position
                limit ?),
            firsts as (
                select distinct on (aggregateid) id, position from candidates order by aggregateid, position)
            select e.id, e.aggregatetype, e.aggregateid, e.type, e.sequence, e.timestamp, e.payload
            from firsts f join outbox_events e on e.id = f.id
            order by f.position
            limit ?""";

    private static final String MARK_PUBLISHED = "update outbox_events set published_at = now() where id = any(?)";

    private final Connection connection;

    private RelaySession(Connection connection) {
        this.connection = connection;
    }

    /** The session, when this instance got the lock; empty when another relay holds it. */
    static Optional<RelaySession> tryOpen(RelayDatabase database) throws SQLException {
        Connection connection = database.connect();
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            try (ResultSet result = lock.executeQuery()) {
                result.next();
                if (result.getBoolean(1)) {
                    return Optional.of(new RelaySession(connection));
                }
            }
        } catch (SQLException failed) {
            connection.close();
            throw failed;
        }
        connection.close();
        return Optional.empty();
    }

    List<PendingEvent> nextPerCase(int batchSize) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(NEXT_PER_CASE)) {
            query.setInt(1, batchSize * 4);
            query.setInt(2, batchSize);
            List<PendingEvent> pending = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pending.add(new PendingEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getLong(5), rows.getTimestamp(6).toInstant(), rows.getBytes(7)));
                }
            }
            return pending;
        }
    }

    /** Records the broker's acknowledgement; only after it may an event count as published. */
    void markPublished(Collection<UUID> eventIds) throws SQLException {
        if (eventIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(MARK_PUBLISHED)) {
            Array ids = connection.createArrayOf("uuid", eventIds.toArray());
            update.setArray(1, ids);
            update.executeUpdate();
        }
    }

    /** Ends the session; PostgreSQL releases the lock with it. */
    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // the session is gone either way
        }
    }
}
