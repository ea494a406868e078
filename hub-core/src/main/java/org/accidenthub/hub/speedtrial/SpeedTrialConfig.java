package org.accidenthub.hub.speedtrial;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long a speed trial may take from filing (domain reference §4; Civil Procedure Law: small claims
 * within 2 months, the simplified procedure within 3), in calendar months in China time.
 */
@ConfigMapping(prefix = "hub.speed-trial")
public interface SpeedTrialConfig {

    @WithDefault("2")
    int smallClaimsMonths();

    @WithDefault("3")
    int simplifiedMonths();
}
