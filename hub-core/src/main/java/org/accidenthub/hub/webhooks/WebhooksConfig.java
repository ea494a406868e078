package org.accidenthub.hub.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Webhook subscriptions and their delivery (docs/EVENTS.md, "Webhooks"). */
@ConfigMapping(prefix = "hub.webhooks")
public interface WebhooksConfig {

    /** Whether this instance dispatches and delivers. Several replicas may; they share the work safely. */
    @WithDefault("true")
    boolean enabled();

    /** How often due deliveries are looked for (the scheduler reads it as {@code hub.webhooks.poll-interval}). */
    @WithDefault("1s")
    Duration pollInterval();

    /** Settled events turned into deliveries per round. */
    @WithDefault("500")
    int dispatchBatchSize();

    /** Deliveries attempted per round. */
    @WithDefault("50")
    int deliveryBatchSize();

    /** Requests in flight at once. */
    @WithDefault("16")
    int concurrency();

    /** How long a partner's endpoint may take to answer; longer counts as a failed attempt. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** Attempts before a delivery is dead-lettered; later events of its case wait until it is replayed. */
    @WithDefault("8")
    int maxAttempts();

    /** Exponential backoff with full jitter: before attempt n+1 wait a random time up to min(cap, base * 2^(n-1)). */
    @WithDefault("5s")
    Duration backoffBase();

    @WithDefault("30m")
    Duration backoffCap();

    /** Allow plain http URLs (local stack and tests); otherwise https only, as deliveries carry personal data. */
    @WithDefault("false")
    boolean allowHttp();

    /**
     * Allow targets on loopback, private, link-local or other non-public addresses (local stack and tests).
     * Off in production: a subscription must not let a partner make the hub call into its own network (SSRF).
     */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** Subscriptions one organisation may hold. */
    @WithDefault("20")
    int maxSubscriptionsPerOrganisation();

    /** Events re-armed by one replay request at most; the answer says where to continue. */
    @WithDefault("10000")
    int replayLimit();
}
