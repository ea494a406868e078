package org.accidenthub.hub.security;

import java.util.Optional;

/** The kind of organisation a caller acts for: the token claim {@code org_type}. */
public enum OrgType {
    POLICE,
    INSURER,
    MEDIATION,
    COURT,
    ARBITRATION,
    PARTY,
    OPERATOR;

    static Optional<OrgType> parse(String claim) {
        for (OrgType type : values()) {
            if (type.name().equals(claim)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
