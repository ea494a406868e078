package org.accidenthub.hub.privacy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 data keys by id, and which one seals new values. Parsed once at start: a missing or malformed
 * key stops the hub with a message naming the setting, never the key material.
 */
public final class DataKeys {

    /** Key ids travel in every sealed value: short, printable, unambiguous. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final Map<String, SecretKey> keys;
    private final String activeId;

    private DataKeys(Map<String, SecretKey> keys, String activeId) {
        this.keys = Map.copyOf(keys);
        this.activeId = activeId;
    }

    /**
     * @param keyring  {@code id:base64,id:base64,...} (HUB_PRIVACY_KEYS)
     * @param activeId the id new values are sealed with (HUB_PRIVACY_ACTIVE_KEY)
     */
    public static DataKeys parse(Optional<String> keyring, Optional<String> activeId) {
        String ring = keyring.map(String::trim).filter(value -> !value.isEmpty()).orElseThrow(() -> missing(
                "no data keys configured: set hub.privacy.keys (HUB_PRIVACY_KEYS) to id:base64-of-32-random-bytes"));
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        for (String entry : ring.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            String id = parts[0].trim();
            if (parts.length != 2 || !KEY_ID.matcher(id).matches()) {
                throw missing("hub.privacy.keys: each entry must be id:base64 with an id of 1-32 letters, digits,"
                        + " '-' or '_'");
            }
            if (keys.put(id, aesKey(id, parts[1].trim())) != null) {
                throw missing("hub.privacy.keys: key id '" + id + "' is listed twice");
            }
        }
        String active = activeId.map(String::trim).filter(value -> !value.isEmpty()).orElseThrow(() -> missing(
                "no active data key: set hub.privacy.active-key (HUB_PRIVACY_ACTIVE_KEY) to one of the key ids"));
        if (!keys.containsKey(active)) {
            throw missing("hub.privacy.active-key '" + active + "' is not among the ids of hub.privacy.keys "
                    + keys.keySet());
        }
        return new DataKeys(keys, active);
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] material;
        try {
            material = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            throw missing("hub.privacy.keys: key '" + id + "' is not base64");
        }
        if (material.length != 32) {
            throw missing("hub.privacy.keys: key '" + id + "' has " + material.length
                    + " bytes; AES-256 needs exactly 32");
        }
        return new SecretKeySpec(material, "AES");
    }

    private static IllegalStateException missing(String message) {
        return new IllegalStateException(message + " (docs/SECURITY.md, \"Key management and rotation\")");
    }

    public String activeId() {
        return activeId;
    }

    SecretKey active() {
        return keys.get(activeId);
    }

    /** The key of that id, or empty when this hub does not hold it. */
    Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }
}
