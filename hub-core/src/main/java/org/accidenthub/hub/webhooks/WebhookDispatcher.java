package org.accidenthub.hub.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventAudience;
import org.accidenthub.hub.events.SettledEvent;
import org.accidenthub.hub.events.SettledEvents;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Turns settled events into deliveries, in cursor order, in one transaction per batch with the
 * dispatch cursor locked: every event is considered exactly once, even with several hub replicas. An
 * event becomes a delivery for a subscription when the subscription wants its type, was made before it,
 * and its organisation may see the case ({@link CaseScope}, the same predicate as the organisation's own
 * reads) and the event ({@link EventAudience}).
 */
@ApplicationScoped
class WebhookDispatcher {

    private final Mutiny.SessionFactory sessions;
    private final WebhooksConfig config;
    private final Clock clock;

    WebhookDispatcher(Mutiny.SessionFactory sessions, WebhooksConfig config, Clock clock) {
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
    }

    /** @return how many events the batch considered; a full batch means more may be waiting */
    Uni<Integer> dispatchBatch() {
        return sessions.withTransaction(session -> session.find(DispatchCursor.class, DispatchCursor.ID,
                        LockModeType.PESSIMISTIC_WRITE)
                .chain(cursor -> session.createNativeQuery("select count(*) from webhook_subscriptions", Long.class)
                        .getSingleResult()
                        .chain(subscribed -> subscribed == 0
                                ? skipToHead(session, cursor)
                                : session.createSelectionQuery("from WebhookSubscription", WebhookSubscription.class)
                                        .getResultList()
                                        .chain(subscriptions -> dispatch(session, cursor, subscriptions)))));
    }

    /** Nobody subscribes: nothing to deliver, and nothing to read twice when someone does. */
    private static Uni<Integer> skipToHead(Mutiny.Session session, DispatchCursor cursor) {
        return SettledEvents.head(session).map(head -> {
            if (head.isAfter(cursor.cursor())) {
                cursor.moveTo(head);
            }
            return 0;
        });
    }

    private Uni<Integer> dispatch(Mutiny.Session session, DispatchCursor cursor,
            List<WebhookSubscription> subscriptions) {
        return SettledEvents.after(session, cursor.cursor(), config.dispatchBatchSize()).chain(events -> {
            if (events.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            return visibleCases(session, subscriptions, events).chain(visible -> {
                List<Object> deliveries = deliveries(subscriptions, events, visible);
                cursor.moveTo(events.get(events.size() - 1).cursor());
                return session.persistAll(deliveries.toArray()).replaceWith(events.size());
            });
        });
    }

    /** Per subscription, which of the events' cases its organisation may see; one query per subscription. */
    private static Uni<Map<UUID, Set<UUID>>> visibleCases(Mutiny.Session session,
            List<WebhookSubscription> subscriptions, List<SettledEvent> events) {
        Map<UUID, Set<UUID>> visible = new HashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (WebhookSubscription subscription : subscriptions) {
            List<UUID> cases = events.stream().filter(event -> interested(subscription, event))
                    .map(event -> event.caseId).distinct().toList();
            if (cases.isEmpty()) {
                continue;
            }
            CaseScope scope = CaseScope.of(subscription.owner());
            chain = chain.chain(() -> {
                Mutiny.SelectionQuery<UUID> query = session.createSelectionQuery(
                        "select c.id from AccidentCase c where c.id in :cases and " + scope.predicate(), UUID.class);
                query.setParameter("cases", cases);
                scope.parameters().forEach(query::setParameter);
                return query.getResultList().invoke(ids -> visible.put(subscription.id, new HashSet<>(ids)))
                        .replaceWithVoid();
            });
        }
        return chain.replaceWith(visible);
    }

    private List<Object> deliveries(List<WebhookSubscription> subscriptions, List<SettledEvent> events,
            Map<UUID, Set<UUID>> visible) {
        Map<UUID, DecodedEvent> decoded = new HashMap<>();
        List<Object> deliveries = new ArrayList<>();
        for (SettledEvent event : events) {
            for (WebhookSubscription subscription : subscriptions) {
                if (!interested(subscription, event)
                        || !visible.getOrDefault(subscription.id, Set.of()).contains(event.caseId)
                        || !EventAudience.admits(subscription.orgType, subscription.orgCode,
                                () -> decoded.computeIfAbsent(event.id, id -> DecodedEvent.decode(event.payload)))) {
                    continue;
                }
                deliveries.add(WebhookDelivery.pending(subscription.id, event.id, event.caseId, event.sequence,
                        event.type, clock.instant()));
            }
        }
        return deliveries;
    }

    private static boolean interested(WebhookSubscription subscription, SettledEvent event) {
        return subscription.wants(event.type) && event.cursor().isAfter(subscription.start());
    }
}
