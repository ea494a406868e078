package org.accidenthub.hub.security;

import io.quarkus.arc.Arc;
import java.util.Set;
import org.accidenthub.hub.privacy.LookupHash;

/**
 * Who is calling: the token's subject, the client it used, its roles and the organisation it
 * acts for. Every read and write of case data is scoped by {@link #orgType()} and
 * {@link #orgCode()}, never by what the request claims.
 */
public record Caller(String subject, String clientId, Set<String> roles, OrgType orgType, String orgCode) {

    public boolean actsAs(String role, OrgType type) {
        return roles.contains(role) && orgType == type;
    }

    /**
     * The organisation code as records of who acted keep it (transitions, mediation referrals): a party's
     * code is its ID number (domain §2), so they keep the party's keyed-hash pseudonym, as the audit trail does.
     */
    public String recordedOrgCode() {
        return orgType == OrgType.PARTY
                ? Arc.container().instance(LookupHash.class).get().partyPseudonym(orgCode)
                : orgCode;
    }
}
