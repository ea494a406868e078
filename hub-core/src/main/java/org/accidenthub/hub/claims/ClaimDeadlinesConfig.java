package org.accidenthub.hub.claims;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The insurer's deadlines (Insurance Law arts. 23 and 25; domain reference §4). Configurable
 * because "within 30 days when complex" is the outer limit and a region may agree shorter ones.
 * Durations are exact (30 days = 720 hours from the opening instant), not calendar days.
 */
@ConfigMapping(prefix = "hub.claims.deadlines")
public interface ClaimDeadlinesConfig {

    /** Art. 23: from opening the claim to the insurer's decision on liability. */
    @WithDefault("P30D")
    Duration decision();

    /** Art. 23: from the agreed amount (the first offer) to payment in full. */
    @WithDefault("P10D")
    Duration paymentAfterAgreement();

    /** Art. 25: from opening the claim to paying the part of the amount that can be fixed. */
    @WithDefault("P60D")
    Duration fixablePart();
}
