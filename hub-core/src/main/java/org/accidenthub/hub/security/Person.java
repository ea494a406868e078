package org.accidenthub.hub.security;

import java.util.Objects;

/**
 * The person behind a personal account at the moment of a request: the user name the hub configures
 * and assigns by (e.g. {@code judge-yc1}), and the real name documents print (e.g. 周建华). A court's
 * ruling is signed by the judge's name (审判员), never by an account name.
 *
 * @param username Keycloak's {@code preferred_username} (the subject when absent)
 * @param name     the person's name from the token; the user name when the token carries none
 */
public record Person(String username, String name) {

    public Person {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The name from the token's OIDC profile claims. Keycloak's {@code name} is "given family" — Western
     * order — so a Chinese name is put together from {@code family_name} + {@code given_name} without a
     * space (周 + 建华 = 周建华); a name written in Latin letters keeps the given-first order of {@code name}.
     */
    static Person of(String username, String familyName, String givenName, String fullName) {
        String family = blankToNull(familyName);
        String given = blankToNull(givenName);
        String name;
        if (family != null && given != null) {
            name = han(family) && han(given) ? family + given : given + " " + family;
        } else if (blankToNull(fullName) != null) {
            name = fullName.strip();
        } else if (family != null || given != null) {
            name = family != null ? family : given;
        } else {
            name = username;
        }
        return new Person(username, name);
    }

    private static boolean han(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
