package org.accidenthub.hub.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Per-client request rate limits (a token bucket per client). */
@ConfigMapping(prefix = "hub.rate-limit")
public interface RateLimitConfig {

    /** Requests per second a client may make on average; 0 switches rate limiting off. */
    @WithDefault("100")
    double perSecond();

    /** Requests a client may make at once after being idle (the bucket's size). */
    @WithDefault("200")
    int burst();
}
