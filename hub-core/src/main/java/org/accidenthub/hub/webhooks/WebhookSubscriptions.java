package org.accidenthub.hub.webhooks;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.Page;
import org.accidenthub.hub.events.SettledEvents;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * An organisation's subscriptions. Every query names the caller's organisation: a subscription of
 * another organisation is not found, exactly as if it did not exist.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private static final String OWN = "s.orgType = :orgType and s.orgCode = :orgCode";

    private final Mutiny.SessionFactory sessions;
    private final WebhookTargets targets;
    private final WebhooksConfig config;
    private final Clock clock;

    WebhookSubscriptions(Mutiny.SessionFactory sessions, WebhookTargets targets, WebhooksConfig config, Clock clock) {
        this.sessions = sessions;
        this.targets = targets;
        this.config = config;
        this.clock = clock;
    }

    Uni<SubscriptionView> create(Caller caller, SubscriptionRequest request) {
        return OffTheEventLoop.call(() -> SubscriptionRules.check(request, targets))
                .chain(valid -> sessions.withTransaction(session -> count(session, caller).chain(held -> {
                    if (held >= config.maxSubscriptionsPerOrganisation()) {
                        return Uni.createFrom().failure(ProblemException.invalid(List.of(new Problem("",
                                "TOO_MANY_SUBSCRIPTIONS", "an organisation may hold "
                                        + config.maxSubscriptionsPerOrganisation() + " subscriptions; delete one first")),
                                List.of()));
                    }
                    return SettledEvents.head(session).chain(head -> {
                        WebhookSubscription subscription = new WebhookSubscription();
                        subscription.id = UUID.randomUUID();
                        subscription.orgType = caller.orgType();
                        subscription.orgCode = caller.orgCode();
                        subscription.url = valid.url();
                        subscription.eventTypes = String.join(" ", valid.eventTypes());
                        subscription.description = valid.description();
                        subscription.secret = WebhookSecrets.generate();
                        subscription.startTxOrder = head.txOrder();
                        subscription.startPosition = head.position();
                        subscription.createdAt = clock.instant();
                        subscription.createdBy = caller.subject();
                        return session.persist(subscription).replaceWith(SubscriptionView.withSecret(subscription));
                    });
                })));
    }

    Uni<Page<SubscriptionView>> list(Caller caller) {
        return sessions.withSession(session -> own(session, caller, "from WebhookSubscription s where " + OWN
                + " order by s.createdAt, s.id", WebhookSubscription.class).getResultList())
                .map(found -> new Page<>(found.stream().map(SubscriptionView::of).toList(), 0, found.size(),
                        found.size()));
    }

    Uni<SubscriptionView> find(Caller caller, UUID id) {
        return sessions.withSession(session -> owned(session, caller, id)).map(SubscriptionView::of);
    }

    Uni<Void> delete(Caller caller, UUID id) {
        return sessions.withTransaction(session -> owned(session, caller, id).chain(session::remove));
    }

    Uni<Page<DeliveryView>> deliveries(Caller caller, UUID id, DeliveryStatus status, int page, int size) {
        String where = " from WebhookDelivery d where d.subscriptionId = :id"
                + (status == null ? "" : " and d.status = :status");
        return sessions.withSession(session -> owned(session, caller, id).chain(subscription -> {
            Mutiny.SelectionQuery<WebhookDelivery> items = session.createSelectionQuery("select d" + where
                    + " order by d.createdAt desc, d.sequence desc", WebhookDelivery.class);
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery("select count(d)" + where, Long.class);
            items.setParameter("id", id).setFirstResult(page * size).setMaxResults(size);
            count.setParameter("id", id);
            if (status != null) {
                items.setParameter("status", status);
                count.setParameter("status", status);
            }
            return items.getResultList().chain(found -> count.getSingleResult().map(total ->
                    new Page<>(found.stream().map(DeliveryView::of).toList(), page, size, total)));
        }));
    }

    /** The caller's subscription, or a 404 failure. */
    static Uni<WebhookSubscription> owned(Mutiny.Session session, Caller caller, UUID id) {
        return own(session, caller, "from WebhookSubscription s where s.id = :id and " + OWN, WebhookSubscription.class)
                .setParameter("id", id)
                .getSingleResultOrNull()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("no subscription " + id));
    }

    private static Uni<Long> count(Mutiny.Session session, Caller caller) {
        return own(session, caller, "select count(s) from WebhookSubscription s where " + OWN, Long.class)
                .getSingleResult();
    }

    private static <T> Mutiny.SelectionQuery<T> own(Mutiny.Session session, Caller caller, String hql, Class<T> type) {
        return session.createSelectionQuery(hql, type)
                .setParameter("orgType", caller.orgType())
                .setParameter("orgCode", caller.orgCode());
    }
}
