package org.accidenthub.hub.webhooks;

/** Where a webhook delivery stands. */
public enum DeliveryStatus {
    /** To be attempted (now or after its backoff), or waiting behind an earlier event of its case. */
    PENDING,
    /** The endpoint answered 2xx. */
    DELIVERED,
    /** Every attempt failed; later events of the case wait until a replay re-arms it. */
    DEAD
}
