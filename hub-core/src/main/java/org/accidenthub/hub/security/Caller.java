package org.accidenthub.hub.security;

import java.util.Set;

/**
 * Who is calling: the token's subject, the client it used, its roles and the organisation it
 * acts for. Every read and write of case data is scoped by {@link #orgType()} and
 * {@link #orgCode()}, never by what the request claims.
 */
public record Caller(String subject, String clientId, Set<String> roles, OrgType orgType, String orgCode) {

    public boolean actsAs(String role, OrgType type) {
        return roles.contains(role) && orgType == type;
    }
}
