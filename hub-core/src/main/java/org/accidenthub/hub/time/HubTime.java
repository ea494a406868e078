package org.accidenthub.hub.time;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The hub's one clock (HubClock) as every feature reads it: instants to the millisecond (what PostgreSQL, the API
 * and Avro's timestamp_ms all keep exactly), and today's date where the accidents happen.
 */
@ApplicationScoped
public class HubTime {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Clock clock;

    public HubTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CHINA);
    }
}
