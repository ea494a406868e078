package org.accidenthub.hub.arbitration;

import io.smallrye.config.ConfigMapping;
import java.util.Map;
import java.util.Optional;

/**
 * The arbitration commissions cases may be referred to, by commission code (the {@code org_code} of
 * their arbitrators' tokens). A referral to a code not listed here is refused: a typo would otherwise
 * hand the case to a commission nobody works for, and the parties' agreement to arbitrate names a
 * real commission (Arbitration Law art. 16, 18).
 */
@ConfigMapping(prefix = "hub.arbitration")
public interface ArbitrationCommissions {

    /** Commission code → its details ({@code hub.arbitration.commissions."ZMD-ARB".name=…}). */
    Map<String, Commission> commissions();

    /** The name documents print; empty for a code not (or no longer) configured. */
    default Optional<String> name(String code) {
        return Optional.ofNullable(commissions().get(code)).map(Commission::name);
    }

    interface Commission {
        /** The name the referral and views print, e.g. 驻马店仲裁委员会. */
        String name();
    }
}
