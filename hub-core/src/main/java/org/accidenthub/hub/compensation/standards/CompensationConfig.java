package org.accidenthub.hub.compensation.standards;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Configuration of compensation (application.properties, section "Compensation"). */
@ConfigMapping(prefix = "hub.compensation")
public interface CompensationConfig {

    /**
     * A compulsory-insurance limits table to use instead of the one shipped with the compensation
     * module (CSV, the module's format: one complete row per effective date). For a reform that
     * takes effect before the hub is upgraded; absent: the shipped table (2008-02-01 and 2020-09-19).
     */
    Optional<String> compulsoryLimitsFile();
}
