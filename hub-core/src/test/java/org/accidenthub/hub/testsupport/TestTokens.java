package org.accidenthub.hub.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bearer tokens shaped like the accident-hub realm's (realm roles under realm_access, the
 * organisation in org_type / org_code, audience accident-hub), signed by the OIDC WireMock
 * server's key.
 */
public final class TestTokens {

    public static final String ZMD_UNIT = "411700000000";
    public static final String SQ_UNIT = "411624000000";

    static final long LIFETIME_SECONDS = 12 * 60 * 60;

    private TestTokens() {
    }

    public static String police(String unitCode) {
        return token("police-" + unitCode, Set.of("police"), "POLICE", unitCode, "hub-cli");
    }

    public static String insurer(String insurerCode) {
        String client = "insurer-" + insurerCode.toLowerCase(Locale.ROOT);
        return token("service-account-" + client, Set.of("insurer"), "INSURER", insurerCode, client);
    }

    public static String token(String subject, Set<String> roles, String orgType, String orgCode, String client) {
        return claims(subject, roles, orgType, orgCode, client).sign();
    }

    /**
     * A person's token with the profile claims Keycloak adds from the user's first and last name:
     * {@code given_name}, {@code family_name}, and {@code name} in Keycloak's given-first order.
     */
    public static String person(String subject, Set<String> roles, String orgType, String orgCode, String familyName,
            String givenName) {
        return claims(subject, roles, orgType, orgCode, "hub-cli")
                .claim("family_name", familyName)
                .claim("given_name", givenName)
                .claim("name", givenName + " " + familyName)
                .sign();
    }

    private static JwtClaimsBuilder claims(String subject, Set<String> roles, String orgType, String orgCode,
            String client) {
        return Jwt.subject(subject)
                .preferredUserName(subject)
                .issuer("https://server.example.com")
                .audience("accident-hub")
                .claim("azp", client)
                .claim("realm_access", Map.of("roles", roles))
                .claim("org_type", orgType)
                .claim("org_code", orgCode)
                // tests keep tokens in constants for the whole run, which takes far longer than a real
                // token lives on a busy machine; an expired constant would turn into random 401s
                .expiresIn(LIFETIME_SECONDS);
    }
}
