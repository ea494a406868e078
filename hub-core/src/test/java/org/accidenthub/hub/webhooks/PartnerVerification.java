package org.accidenthub.hub.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's signature check, written from docs/EVENTS.md without the hub's code: parse
 * {@code t=...,v1=...}, refuse stale timestamps, HMAC-SHA256 over {@code t + "." + body}, compare in
 * constant time.
 */
final class PartnerVerification {

    private static final long TOLERANCE_SECONDS = 300;

    private PartnerVerification() {
    }

    static boolean verify(String secret, String signatureHeader, byte[] body) throws Exception {
        long timestamp = -1;
        String signature = null;
        for (String part : signatureHeader.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = Long.parseLong(pair[1]);
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signature = pair[1];
            }
        }
        if (timestamp < 0 || signature == null
                || Math.abs(Instant.now().getEpochSecond() - timestamp) > TOLERANCE_SECONDS) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
        byte[] expected = mac.doFinal(body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature));
    }
}
