package org.accidenthub.hub.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of a webhook delivery: {@code X-AccidentHub-Signature: t=<unix seconds>,v1=<hex>}, where
 * hex is HMAC-SHA256 with the subscription's secret (its UTF-8 bytes) over {@code t + "." + body}. The
 * timestamp inside the signed text lets a receiver refuse old deliveries replayed by an eavesdropper;
 * {@code v1} names the scheme, so a later one can be sent beside it. Verification: docs/EVENTS.md.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-AccidentHub-Signature";
    private static final String ALGORITHM = "HmacSHA256";

    private WebhookSignature() {
    }

    public static String header(String secret, long unixSeconds, byte[] body) {
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(hmac(secret, unixSeconds, body));
    }

    static byte[] hmac(String secret, long unixSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
            mac.update((unixSeconds + ".").getBytes(StandardCharsets.US_ASCII));
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", impossible);
        }
    }
}
