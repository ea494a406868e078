package org.accidenthub.hub.security;

/** Realm roles of the accident-hub Keycloak realm (domain reference §2). */
public final class Roles {

    public static final String POLICE = "police";
    public static final String INSURER = "insurer";
    public static final String MEDIATOR = "mediator";
    public static final String JUDGE = "judge";
    public static final String ARBITRATOR = "arbitrator";
    public static final String PARTY = "party";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
