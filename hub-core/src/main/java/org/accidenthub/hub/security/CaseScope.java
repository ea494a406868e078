package org.accidenthub.hub.security;

import java.util.Map;

/**
 * The cases a caller may see, as an HQL predicate over {@code AccidentCase c}. Every case
 * query includes it, so scoping does not depend on a resource remembering to check
 * (domain reference §2: police see their unit's cases, insurers the cases where a vehicle
 * carries one of their policies). Roles whose cases come from later journeys (mediation,
 * confirmation, arbitration, parties) see none yet; nor does the operator, who by default
 * sees configuration and audit, not case content.
 */
public record CaseScope(String predicate, Map<String, Object> parameters) {

    private static final String ORG = "scopeOrg";

    public static CaseScope of(Caller caller) {
        if (caller.actsAs(Roles.POLICE, OrgType.POLICE)) {
            return new CaseScope("c.unitCode = :" + ORG, Map.of(ORG, caller.orgCode()));
        }
        if (caller.actsAs(Roles.INSURER, OrgType.INSURER)) {
            return new CaseScope("exists (select p.id from CasePolicy p where p.caseId = c.id and p.insurerCode = :"
                    + ORG + ")", Map.of(ORG, caller.orgCode()));
        }
        return new CaseScope("c.id is null", Map.of());
    }
}
