package org.accidenthub.hub.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The {@link Caller} of the current request, read from the verified bearer token. A token
 * without a known organisation claim is refused: without it no case could be scoped.
 */
@RequestScoped
public class CurrentCaller {

    static final String ORG_TYPE_CLAIM = "org_type";
    static final String ORG_CODE_CLAIM = "org_code";
    static final String CLIENT_CLAIM = "azp";
    static final String USERNAME_CLAIM = "preferred_username";
    static final String FAMILY_NAME_CLAIM = "family_name";
    static final String GIVEN_NAME_CLAIM = "given_name";
    static final String NAME_CLAIM = "name";

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentCaller(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Caller get() {
        String orgCode = token.getClaim(ORG_CODE_CLAIM);
        OrgType orgType = OrgType.parse(token.getClaim(ORG_TYPE_CLAIM))
                .orElseThrow(() -> new ForbiddenException("the token names no known organisation type"));
        if (orgCode == null || orgCode.isBlank()) {
            throw new ForbiddenException("the token names no organisation");
        }
        return new Caller(token.getSubject(), token.getClaim(CLIENT_CLAIM), Set.copyOf(identity.getRoles()),
                orgType, orgCode);
    }

    /**
     * The account's user name (Keycloak's {@code preferred_username}; the subject when absent). Judges
     * are configured by user name: a Keycloak subject is a generated id nobody can write down.
     */
    private String username() {
        String username = token.getClaim(USERNAME_CLAIM);
        return username == null || username.isBlank() ? token.getSubject() : username;
    }

    /**
     * The account's user name and the person's name (OIDC profile claims, which Keycloak puts in the
     * access token from the user's first and last name). Read when a judge acts, so a ruling is signed
     * by the name the judge had at that moment.
     */
    public Person person() {
        return Person.of(username(), token.getClaim(FAMILY_NAME_CLAIM), token.getClaim(GIVEN_NAME_CLAIM),
                token.getClaim(NAME_CLAIM));
    }
}
