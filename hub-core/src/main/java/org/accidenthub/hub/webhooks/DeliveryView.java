package org.accidenthub.hub.webhooks;

import java.time.Instant;
import java.util.UUID;

/** A delivery of one event to a subscription, with the outcome of its last attempt. */
public record DeliveryView(UUID deliveryId, UUID eventId, String eventType, UUID caseId, long sequence,
        DeliveryStatus status, int attempts, Instant nextAttemptAt, Instant lastAttemptAt,
        Integer lastResponseStatus, String lastError, Instant deliveredAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.eventId, d.eventType, d.caseId, d.sequence, d.status, d.attempts,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastAttemptAt, d.lastResponseStatus,
                d.lastError, d.deliveredAt);
    }
}
