package org.accidenthub.hub.claims;

import java.util.Map;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;

/**
 * The claims a caller may see, as an HQL predicate over {@code Claim c}; every claim query
 * includes it (domain reference §2: an insurer sees only the claims addressed to it). Police see
 * the claims of their unit's cases, read-only. Everyone else sees none: a claim outside the
 * scope is not found, exactly as if it did not exist.
 */
record ClaimScope(String predicate, Map<String, Object> parameters) {

    private static final String ORG = "claimScopeOrg";

    static ClaimScope of(Caller caller) {
        if (caller.actsAs(Roles.INSURER, OrgType.INSURER)) {
            return new ClaimScope("c.insurerCode = :" + ORG, Map.of(ORG, caller.orgCode()));
        }
        if (caller.actsAs(Roles.POLICE, OrgType.POLICE)) {
            return new ClaimScope("exists (select k.id from AccidentCase k where k.id = c.caseId and k.unitCode = :"
                    + ORG + ")", Map.of(ORG, caller.orgCode()));
        }
        return new ClaimScope("c.id is null", Map.of());
    }

    /** Every claim: only for what the hub does on its own (the periodic breach scan). */
    static ClaimScope hub() {
        return new ClaimScope("c.id is not null", Map.of());
    }
}
