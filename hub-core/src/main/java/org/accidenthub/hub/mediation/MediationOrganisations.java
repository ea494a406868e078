package org.accidenthub.hub.mediation;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/**
 * The people's mediation organisations cases may be assigned to, by organisation code (the
 * {@code org_code} of their mediators' tokens). An assignment to a code not listed here is refused:
 * a typo would otherwise hand the case to an organisation nobody works for.
 */
@ConfigMapping(prefix = "hub.mediation")
public interface MediationOrganisations {

    /** Organisation code → its details. */
    Map<String, Organisation> organisations();

    interface Organisation {
        /** The name documents print, e.g. 驻马店市道路交通事故纠纷人民调解委员会. */
        String name();
    }
}
