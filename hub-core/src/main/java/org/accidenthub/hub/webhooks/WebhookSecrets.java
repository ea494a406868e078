package org.accidenthub.hub.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/** Signing secrets: 256 random bits, shown to the partner once. */
final class WebhookSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSecrets() {
    }

    static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }
}
