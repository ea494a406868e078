package org.accidenthub.hub.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Keys and re-encryption of personal data at rest (docs/SECURITY.md "Personal data"). */
@ConfigMapping(prefix = "hub.privacy")
public interface PrivacyConfig {

    /**
     * The data keys: {@code id:base64,id:base64,...}, each 32 random bytes (AES-256). Every key ever active
     * stays listed until nothing is sealed with it any more ({@code HUB_PRIVACY_KEYS}).
     */
    Optional<String> keys();

    /** The id of the key new values are sealed with ({@code HUB_PRIVACY_ACTIVE_KEY}). */
    Optional<String> activeKey();

    /** The HMAC-SHA256 key of the lookup hashes, base64 of at least 32 bytes ({@code HUB_PRIVACY_LOOKUP_KEY}). */
    Optional<String> lookupKey();

    /** Whether the hub re-seals, in the background after start, what is not sealed with the active key. */
    @WithDefault("true")
    boolean resealOnStart();

    /** Rows re-sealed per transaction. */
    @WithDefault("100")
    int resealBatchSize();
}
