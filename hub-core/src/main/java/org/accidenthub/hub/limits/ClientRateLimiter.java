package org.accidenthub.hub.limits;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One token bucket per client, so that one partner's burst cannot starve the others. The
 * buckets live in this process: with several hub replicas each allows the configured rate.
 */
@ApplicationScoped
public class ClientRateLimiter {

    /** Bounds memory under a flood of distinct clients; dropping all buckets only grants fresh bursts. */
    static final int MAX_CLIENTS = 50_000;

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    ClientRateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** Empty when the client may go on, else how long it should wait. */
    public Optional<Duration> take(String client) {
        if (config.perSecond() <= 0) {
            return Optional.empty();
        }
        if (buckets.size() > MAX_CLIENTS) {
            buckets.clear();
        }
        long now = System.nanoTime();
        return buckets.computeIfAbsent(client, key -> new TokenBucket(config.perSecond(), config.burst(), now))
                .take(now);
    }
}
