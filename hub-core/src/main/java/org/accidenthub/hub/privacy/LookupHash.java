package org.accidenthub.hub.privacy;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA256) of ID numbers and phone numbers, stored beside the sealed values so that a case
 * is found by ID number without decrypting every party. A plain hash would not do: 18-digit ID numbers have
 * few enough valid values (region, birth date, sequence, check character) to be hashed exhaustively, and
 * phone numbers fewer still. The key is separate from the data keys, so a leaked lookup key reveals no value.
 */
@Singleton
@Startup
public class LookupHash {

    static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    @Inject
    LookupHash(PrivacyConfig config) {
        this(config.lookupKey());
    }

    public LookupHash(Optional<String> base64Key) {
        String encoded = base64Key.map(String::trim).filter(value -> !value.isEmpty()).orElseThrow(() ->
                new IllegalStateException("no lookup key configured: set hub.privacy.lookup-key"
                        + " (HUB_PRIVACY_LOOKUP_KEY) to base64 of 32 random bytes (docs/SECURITY.md)"));
        byte[] material;
        try {
            material = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("hub.privacy.lookup-key is not base64");
        }
        if (material.length < 32) {
            throw new IllegalStateException("hub.privacy.lookup-key has " + material.length
                    + " bytes; at least 32 are needed");
        }
        this.key = new SecretKeySpec(material, ALGORITHM);
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The lookup hash of an ID number: blanks removed, the check character X in upper case. */
    public byte[] idNumber(String idNumber) {
        return idNumber == null ? null : hash("id:", idNumber.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
    }

    /** The lookup hash of a phone number: digits only, without the country code 86 of an 11-digit mobile. */
    /**
     * How records of who acted name a party (whose organisation code is its ID number, domain §2): a
     * pseudonym from the keyed hash, which tells parties apart without holding the number.
     */
    public String partyPseudonym(String idNumber) {
        return "party:" + java.util.HexFormat.of().formatHex(idNumber(idNumber), 0, 16);
    }

    public byte[] phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("\\D", "");
        if (digits.length() == 13 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        return hash("phone:", digits);
    }

    /** The kind goes into the hash: the same digits as an ID number and as a phone number do not match. */
    private byte[] hash(String kind, String normalised) {
        Mac mac = macs.get();
        mac.update(kind.getBytes(StandardCharsets.US_ASCII));
        return mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", unavailable);
        }
    }
}
