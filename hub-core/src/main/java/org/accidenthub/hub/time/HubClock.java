package org.accidenthub.hub.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The one clock every rule reads ("not in the future", deadlines), so that tests can set it
 * instead of waiting.
 */
public class HubClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
