package org.accidenthub.hub.events;

import io.smallrye.mutiny.Uni;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;

/** Reads of {@link SettledEvent}s in cursor order, shared by the feed and the webhooks. */
public final class SettledEvents {

    /** HQL: the event lies after the cursor given as parameters {@code afterTx} and {@code afterPosition}. */
    public static final String AFTER = "(e.txOrder, e.position) > (:afterTx, :afterPosition)";

    private SettledEvents() {
    }

    /**
     * The cursor of the last settled event, or {@link EventCursor#START} when there is none. Plain SQL: the
     * webhook worker asks it every round from its first second on, and a query that needs no HQL parser
     * keeps that first round light while the hub warms up.
     */
    public static Uni<EventCursor> head(Mutiny.Session session) {
        return session.createNativeQuery("select tx_order, position from settled_case_events"
                        + " order by tx_order desc, position desc limit 1", Object[].class)
                .getSingleResultOrNull()
                .map(row -> row == null ? EventCursor.START
                        : new EventCursor(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }

    /** Up to {@code limit} settled events after the cursor, of every case. */
    public static Uni<List<SettledEvent>> after(Mutiny.Session session, EventCursor after, int limit) {
        return session.createSelectionQuery("from SettledEvent e where " + AFTER + " order by e.txOrder, e.position",
                        SettledEvent.class)
                .setParameter("afterTx", after.txOrder())
                .setParameter("afterPosition", after.position())
                .setMaxResults(limit)
                .getResultList();
    }
}
