package org.accidenthub.hub.privacy;

import io.quarkus.runtime.Startup;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals personal data for storage with AES-256-GCM (PIPL art. 51: encryption of sensitive personal
 * information). A sealed value is self-describing, so keys rotate without a flag day:
 *
 * <pre>
 * 00 AE | 01 (format version) | n (key id length) | key id (n ASCII bytes) | nonce (12 random bytes) | ciphertext + 16-byte tag
 * </pre>
 *
 * The leading NUL never starts JSON, CSV, UTF-8 text or Avro single-object encoding (C3 01), so a value that
 * is not sealed yet (written before encryption existed) is recognised by the re-sealing job. The header is the
 * additional authenticated data: a value whose key id was swapped fails like a changed ciphertext. One AES-GCM
 * operation per value; keys are decoded once at start, never derived per request.
 */
@Singleton
@Startup // a missing or malformed key stops the hub at start, not at the first upload
public class FieldCipher {

    static final byte MAGIC_0 = 0x00;
    static final byte MAGIC_1 = (byte) 0xAE;
    static final byte VERSION = 1;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;

    private static final SecureRandom NONCES = new SecureRandom();
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES/GCM is not available in this JVM", unavailable);
        }
    });

    private final DataKeys keys;
    private final byte[] activeHeader;

    @Inject
    FieldCipher(PrivacyConfig config) {
        this(DataKeys.parse(config.keys(), config.activeKey()));
    }

    public FieldCipher(DataKeys keys) {
        this.keys = keys;
        this.activeHeader = header(keys.activeId());
    }

    /** The value sealed with the active key. */
    public byte[] seal(byte[] plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        NONCES.nextBytes(nonce);
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.ENCRYPT_MODE, keys.active(), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(activeHeader);
            ByteBuffer sealed = ByteBuffer.allocate(activeHeader.length + NONCE_BYTES
                    + cipher.getOutputSize(plain.length));
            sealed.put(activeHeader).put(nonce);
            cipher.doFinal(ByteBuffer.wrap(plain), sealed);
            return sealed.array();
        } catch (GeneralSecurityException failed) {
            throw new IllegalStateException("sealing failed", failed);
        }
    }

    public byte[] sealText(String plain) {
        return plain == null ? null : seal(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The plaintext of a sealed value; fails when it is not sealed, its key is unknown, or it was changed. */
    public byte[] open(byte[] sealed) {
        if (!isSealed(sealed)) {
            throw new UnreadableSealedValue("not a sealed value (format 00 AE 01 expected)");
        }
        int idLength = sealed[3] & 0xFF;
        int headerLength = 4 + idLength;
        if (idLength == 0 || sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableSealedValue("sealed value truncated");
        }
        String keyId = new String(sealed, 4, idLength, StandardCharsets.US_ASCII);
        SecretKey key = keys.byId(keyId).orElseThrow(() -> new UnreadableSealedValue(
                "sealed with key '" + keyId + "', which is not configured (hub.privacy.keys)"));
        try {
            Cipher cipher = CIPHERS.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, headerLength, NONCE_BYTES));
            cipher.updateAAD(sealed, 0, headerLength);
            int body = headerLength + NONCE_BYTES;
            return cipher.doFinal(sealed, body, sealed.length - body);
        } catch (AEADBadTagException tampered) {
            throw new UnreadableSealedValue("sealed value with key '" + keyId + "' fails authentication:"
                    + " changed since it was sealed, or sealed with another key of that id", tampered);
        } catch (GeneralSecurityException failed) {
            throw new UnreadableSealedValue("sealed value cannot be opened", failed);
        }
    }

    public String openText(byte[] sealed) {
        return sealed == null ? null : new String(open(sealed), StandardCharsets.UTF_8);
    }

    /** Whether the value starts like a sealed value of a known format version. */
    public static boolean isSealed(byte[] value) {
        return value != null && value.length > 4 && value[0] == MAGIC_0 && value[1] == MAGIC_1 && value[2] == VERSION;
    }

    /** Whether the value is sealed with the active key: what the re-sealing job leaves alone. */
    public boolean sealedWithActiveKey(byte[] value) {
        return value != null && value.length > activeHeader.length
                && Arrays.equals(value, 0, activeHeader.length, activeHeader, 0, activeHeader.length);
    }

    /** The bytes every value sealed with the active key starts with. */
    public byte[] activeHeader() {
        return activeHeader.clone();
    }

    public String activeKeyId() {
        return keys.activeId();
    }

    private static byte[] header(String keyId) {
        byte[] id = DataKeys.ascii(keyId);
        return ByteBuffer.allocate(4 + id.length).put(MAGIC_0).put(MAGIC_1).put(VERSION).put((byte) id.length).put(id)
                .array();
    }
}
