package org.accidenthub.hub.webhooks;

import java.util.List;

/** The body of {@code POST /api/v1/webhooks/subscriptions}. */
public record SubscriptionRequest(String url, List<String> eventTypes, String description) {
}
