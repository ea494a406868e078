package org.accidenthub.hub.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A subscription as its organisation reads it. The signing {@code secret} appears only in the answer
 * that created the subscription: the partner stores it then, nobody can read it later.
 */
public record SubscriptionView(UUID id, String url, List<String> eventTypes, String description,
        Instant createdAt, String createdBy, @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    static SubscriptionView of(WebhookSubscription subscription) {
        return new SubscriptionView(subscription.id, subscription.url, subscription.eventTypeList(),
                subscription.description, subscription.createdAt, subscription.createdBy, null);
    }

    static SubscriptionView withSecret(WebhookSubscription subscription) {
        SubscriptionView view = of(subscription);
        return new SubscriptionView(view.id, view.url, view.eventTypes, view.description, view.createdAt,
                view.createdBy, subscription.secret);
    }
}
