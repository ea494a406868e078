package org.accidenthub.hub.confirmation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The deadlines of judicial confirmation (domain reference §4; People's Mediation Law art. 33, Civil
 * Procedure Law arts. 205-206, SPC provisions on judicial confirmation of people's mediation
 * agreements, 2011). Exact durations from the instant that starts them.
 */
@ConfigMapping(prefix = "hub.confirmation")
public interface ConfirmationConfig {

    /** People's Mediation Law art. 33 / CPL art. 205: apply jointly within 30 days of the agreement taking effect. */
    @WithDefault("P30D")
    Duration applicationWindow();

    /** SPC provisions 2011: the court decides on acceptance within 3 days of receiving the application. */
    @WithDefault("P3D")
    Duration acceptance();

    /** SPC provisions 2011: the ruling within 15 days of acceptance. */
    @WithDefault("P15D")
    Duration ruling();

    /** SPC provisions 2011: extendable once, by 10 days, for special circumstances. */
    @WithDefault("P10D")
    Duration extension();

    /** Seed of the judge draw; unset: a fresh random seed per start. Tests set it to repeat a draw. */
    Optional<Long> assignmentSeed();
}
