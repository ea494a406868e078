package org.accidenthub.hub.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventAudience;
import org.accidenthub.hub.events.SettledEvent;
import org.accidenthub.hub.events.SettledEvents;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.CaseScope;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Delivers events again, in order: each one's delivery is re-armed (or made, for an event the
 * subscription never had), with the subscription's event types and the organisation's current scope.
 * Because deliveries of one case go out by sequence, re-arming sequence n holds back n+1.. of that case
 * until n is through again.
 */
@ApplicationScoped
class WebhookReplays {

    private final Mutiny.SessionFactory sessions;
    private final WebhooksConfig config;
    private final Clock clock;

    WebhookReplays(Mutiny.SessionFactory sessions, WebhooksConfig config, Clock clock) {
        this.sessions = sessions;
        this.config = config;
        this.clock = clock;
    }

    Uni<ReplayResult> replay(Caller caller, UUID subscriptionId, ReplayRequest request) {
        return sessions.withTransaction(session -> WebhookSubscriptions.owned(session, caller, subscriptionId)
                .chain(subscription -> events(session, subscription, request).chain(events -> {
                    List<SettledEvent> taken = events.size() > config.replayLimit()
                            ? events.subList(0, config.replayLimit()) : events;
                    String next = events.size() > config.replayLimit()
                            ? taken.get(taken.size() - 1).cursor().encode() : null;
                    List<SettledEvent> admitted = taken.stream().filter(event -> EventAudience.admits(
                            subscription.orgType, subscription.orgCode, DecodedEvent.decode(event.payload))).toList();
                    return rearm(session, subscription, admitted).map(count -> new ReplayResult(count, next));
                })));
    }

    private Uni<List<SettledEvent>> events(Mutiny.Session session, WebhookSubscription subscription,
            ReplayRequest request) {
        CaseScope scope = CaseScope.of(subscription.owner());
        StringBuilder hql = new StringBuilder("select e from SettledEvent e join AccidentCase c on c.id = e.caseId"
                + " where e.type in :types and ").append(scope.predicate());
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("types", subscription.eventTypeList());
        if (request.forOneCase()) {
            hql.append(" and e.caseId = :caseId and e.sequence >= :fromSequence");
            parameters.put("caseId", request.caseId());
            parameters.put("fromSequence", request.fromSequence());
        } else {
            hql.append(" and ").append(SettledEvents.AFTER);
            parameters.put("afterTx", request.after().txOrder());
            parameters.put("afterPosition", request.after().position());
        }
        Mutiny.SelectionQuery<SettledEvent> query = session.createSelectionQuery(
                hql + " order by e.txOrder, e.position", SettledEvent.class).setMaxResults(config.replayLimit() + 1);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private Uni<Integer> rearm(Mutiny.Session session, WebhookSubscription subscription, List<SettledEvent> events) {
        if (events.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return session.createSelectionQuery("from WebhookDelivery d where d.subscriptionId = :id and d.eventId in :events",
                        WebhookDelivery.class)
                .setParameter("id", subscription.id)
                .setParameter("events", events.stream().map(event -> event.id).toList())
                .getResultList()
                .chain(existing -> {
                    Map<UUID, WebhookDelivery> byEvent = new HashMap<>();
                    existing.forEach(delivery -> byEvent.put(delivery.eventId, delivery));
                    List<Object> fresh = new ArrayList<>();
                    for (SettledEvent event : events) {
                        WebhookDelivery delivery = byEvent.get(event.id);
                        if (delivery == null) {
                            fresh.add(WebhookDelivery.pending(subscription.id, event.id, event.caseId, event.sequence,
                                    event.type, clock.instant()));
                        } else {
                            // attempts back to 0: an attempt still in flight cannot record its outcome over this
                            delivery.status = DeliveryStatus.PENDING;
                            delivery.attempts = 0;
                            delivery.nextAttemptAt = clock.instant();
                            delivery.deliveredAt = null;
                            delivery.lastError = null;
                        }
                    }
                    return session.persistAll(fresh.toArray()).replaceWith(events.size());
                });
    }
}
