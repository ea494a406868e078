package org.accidenthub.hub.events.feed;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventAudience;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.events.EventItem;
import org.accidenthub.hub.events.EventsConfig;
import org.accidenthub.hub.events.SettledEvent;
import org.accidenthub.hub.events.SettledEvents;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Reads settled events after a cursor, in cursor order, filtered by the caller's {@link CaseScope}
 * (the same predicate as every case query) and {@link EventAudience}.
 *
 * <p>Each read looks at no more than {@code hub.events.feed.scan-limit} events: it first finds the
 * cursor that many events ahead (the horizon), then the caller's events up to it. When the page is not
 * full, the next cursor is the horizon itself — settled events never gain a predecessor, so nothing
 * before it can still appear.
 */
@ApplicationScoped
public class EventFeed {

    private static final String AFTER = SettledEvents.AFTER;

    private final Mutiny.SessionFactory sessions;
    private final Vertx vertx;
    private final int scanLimit;
    private final Duration pollInterval;

    EventFeed(Mutiny.SessionFactory sessions, Vertx vertx, EventsConfig config) {
        this.sessions = sessions;
        this.vertx = vertx;
        this.scanLimit = config.feed().scanLimit();
        this.pollInterval = config.feed().pollInterval();
    }

    /** A page; with a wait, asks again every poll interval until an event arrives or the wait is over. */
    Uni<FeedPage> read(FeedRequest request, Caller caller) {
        long deadline = System.nanoTime() + request.longPoll().toNanos();
        return readUntil(request.after(), request.limit(), caller, deadline);
    }

    private Uni<FeedPage> readUntil(EventCursor after, int limit, Caller caller, long deadline) {
        return page(after, limit, caller).chain(page -> {
            if (!page.items().isEmpty() || System.nanoTime() >= deadline) {
                return Uni.createFrom().item(page);
            }
            EventCursor next = EventCursor.parse(page.next()).orElse(after);
            return pause().chain(() -> readUntil(next, limit, caller, deadline));
        });
    }

    Uni<FeedPage> page(EventCursor after, int limit, Caller caller) {
        CaseScope scope = CaseScope.of(caller);
        return sessions.withSession(session -> horizon(session, after).chain(horizon -> horizon == null
                ? Uni.createFrom().item(new FeedPage(List.of(), after.encode()))
                : scoped(session, after, horizon, limit, scope).map(rows -> assemble(rows, horizon, limit, caller))));
    }

    private static FeedPage assemble(List<SettledEvent> rows, EventCursor horizon, int limit, Caller caller) {
        List<EventItem> items = new ArrayList<>();
        for (SettledEvent row : rows) {
            DecodedEvent event = DecodedEvent.decode(row.payload);
            if (EventAudience.admits(caller.orgType(), caller.orgCode(), event)) {
                items.add(EventItem.of(event, row.cursor()));
            }
        }
        EventCursor next = rows.size() == limit ? rows.get(rows.size() - 1).cursor() : horizon;
        return new FeedPage(items, next.encode());
    }

    /** The cursor {@code scanLimit} settled events ahead, or of the last settled event; null when none is ahead. */
    private Uni<EventCursor> horizon(Mutiny.Session session, EventCursor after) {
        return boundary(session, after, "asc", scanLimit - 1)
                .chain(ahead -> ahead != null ? Uni.createFrom().item(ahead) : boundary(session, after, "desc", 0));
    }

    private static Uni<EventCursor> boundary(Mutiny.Session session, EventCursor after, String direction, int skip) {
        return session.createSelectionQuery("select e.txOrder, e.position from SettledEvent e where " + AFTER
                        + " order by e.txOrder " + direction + ", e.position " + direction, Object[].class)
                .setParameter("afterTx", after.txOrder())
                .setParameter("afterPosition", after.position())
                .setFirstResult(skip)
                .setMaxResults(1)
                .getSingleResultOrNull()
                .map(row -> row == null ? null : new EventCursor((Long) row[0], (Long) row[1]));
    }

    private static Uni<List<SettledEvent>> scoped(Mutiny.Session session, EventCursor after, EventCursor horizon,
            int limit, CaseScope scope) {
        Mutiny.SelectionQuery<SettledEvent> query = session.createSelectionQuery("select e from SettledEvent e"
                        + " join AccidentCase c on c.id = e.caseId where " + AFTER
                        + " and (e.txOrder, e.position) <= (:horizonTx, :horizonPosition) and " + scope.predicate()
                        + " order by e.txOrder, e.position", SettledEvent.class)
                .setParameter("afterTx", after.txOrder())
                .setParameter("afterPosition", after.position())
                .setParameter("horizonTx", horizon.txOrder())
                .setParameter("horizonPosition", horizon.position())
                .setMaxResults(limit);
        scope.parameters().forEach(query::setParameter);
        return query.getResultList();
    }

    /** A timer on the caller's Vert.x context, where the next read's session must run. */
    private Uni<Void> pause() {
        return Uni.createFrom().emitter(emitter -> vertx.setTimer(pollInterval.toMillis(), id -> emitter.complete(null)));
    }
}
