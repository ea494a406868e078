package org.accidenthub.hub.webhooks;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential backoff with full jitter, a uniformly random wait
 * up to min(cap, base * 2^(n-1)) after the n-th failed attempt. The randomness spreads the retries of
 * many deliveries that failed together (an endpoint that was down), so they do not return as a burst.
 */
final class RetrySchedule {

    private final Duration base;
    private final Duration cap;

    RetrySchedule(Duration base, Duration cap) {
        this.base = base;
        this.cap = cap;
    }

    Duration afterFailedAttempt(int attempt) {
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceilingMillis(attempt) + 1));
    }

    /** min(cap, base * 2^(attempt-1)), without overflow for any attempt number. */
    long ceilingMillis(int attempt) {
        long ceiling = base.toMillis();
        for (int i = 1; i < attempt && ceiling < cap.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, cap.toMillis());
    }
}
