package org.accidenthub.hub.security;

import io.quarkus.arc.Arc;
import java.util.Map;
import org.accidenthub.hub.privacy.LookupHash;

/**
 * The cases a caller may see, as an HQL predicate over {@code AccidentCase c}. Every case
 * query includes it, so scoping does not depend on a resource remembering to check
 * (domain reference §2):
 * <ul>
 * <li>police: the cases their unit submitted;</li>
 * <li>insurers: the cases where a vehicle carries one of their policies;</li>
 * <li>mediators: the cases ever assigned to their mediation organisation;</li>
 * <li>judges: the cases with a judicial-confirmation application or a speed-trial filing at their court;</li>
 * <li>arbitrators: the cases referred to their arbitration commission (their {@code org_code} is the
 * commission's code);</li>
 * <li>parties: the cases naming them — a party user's {@code org_code} is the number of their
 * resident identity card, verified when the account was made, and a case party with that ID number
 * is them (docs/MEDIATION-AND-CONFIRMATION.md, "Parties").</li>
 * </ul>
 * The operator sees none: by default it sees configuration and audit,
 * not case content.
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
        if (caller.actsAs(Roles.MEDIATOR, OrgType.MEDIATION)) {
            return new CaseScope("exists (select m.id from Mediation m where m.caseId = c.id"
                    + " and m.organisationCode = :" + ORG + ")", Map.of(ORG, caller.orgCode()));
        }
        if (caller.actsAs(Roles.JUDGE, OrgType.COURT)) {
            return new CaseScope("(exists (select a.id from ConfirmationApplicationRow a where a.caseId = c.id"
                    + " and a.courtCode = :" + ORG + " and a.filedAt is not null) or exists (select f.id from"
                    + " SpeedTrialFilingRow f where f.caseId = c.id and f.courtCode = :" + ORG + "))",
                    Map.of(ORG, caller.orgCode()));
        }
        if (caller.actsAs(Roles.ARBITRATOR, OrgType.ARBITRATION)) {
            return new CaseScope("exists (select r.id from ArbitrationReferralRow r where r.caseId = c.id"
                    + " and r.commissionCode = :" + ORG + ")", Map.of(ORG, caller.orgCode()));
        }
        if (caller.actsAs(Roles.PARTY, OrgType.PARTY)) {
            // ID numbers are sealed at rest (random nonce per value): the party is found by its keyed hash
            return new CaseScope("exists (select p.id from CaseParty p where p.caseId = c.id"
                    + " and p.idType = 'RESIDENT_ID' and p.idNumberLookup = :" + ORG + ")",
                    Map.of(ORG, lookups().idNumber(caller.orgCode())));
        }
        return new CaseScope("c.id is null", Map.of());
    }

    /** The one keyed hash of the hub; scopes are made in static code, so it is looked up rather than injected. */
    private static LookupHash lookups() {
        return Arc.container().instance(LookupHash.class).get();
    }
}
