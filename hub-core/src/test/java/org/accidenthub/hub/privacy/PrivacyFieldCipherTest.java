package org.accidenthub.hub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sealing and opening personal values: AES-256-GCM with the key id in every value. */
class PrivacyFieldCipherTest {

    static final String K1 = "k1:" + key(1);
    static final String K2 = "k2:" + key(2);
    static final byte[] ID_NUMBER = "411702198503141230".getBytes(StandardCharsets.UTF_8);

    static FieldCipher cipher(String keyring, String active) {
        return new FieldCipher(DataKeys.parse(Optional.of(keyring), Optional.of(active)));
    }

    static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void a_sealed_value_opens_to_the_same_bytes_and_does_not_contain_them() {
        FieldCipher cipher = cipher(K1, "k1");

        byte[] sealed = cipher.seal(ID_NUMBER);

        assertThat(cipher.open(sealed)).isEqualTo(ID_NUMBER);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("411702198503141230");
        assertThat(cipher.openText(cipher.sealText("李娜 13903960002"))).isEqualTo("李娜 13903960002");
        assertThat(cipher.open(cipher.seal(new byte[0]))).isEmpty();
    }

    @Test
    void the_stored_form_carries_format_version_key_id_and_a_fresh_nonce() {
        FieldCipher cipher = cipher(K1, "k1");

        byte[] first = cipher.seal(ID_NUMBER);
        byte[] second = cipher.seal(ID_NUMBER);

        assertThat(first).startsWith(0x00, 0xAE, 0x01, 2, 'k', '1');
        assertThat(first).hasSize(6 + 12 + ID_NUMBER.length + 16);
        assertThat(first).as("a random nonce per value: equal values do not look equal").isNotEqualTo(second);
        assertThat(FieldCipher.isSealed(first)).isTrue();
        assertThat(FieldCipher.isSealed(ID_NUMBER)).isFalse();
    }

    @Test
    void a_value_sealed_with_a_key_this_hub_does_not_hold_is_refused_naming_the_key_id() {
        byte[] sealed = cipher(K2, "k2").seal(ID_NUMBER);

        assertThatThrownBy(() -> cipher(K1, "k1").open(sealed)).isInstanceOf(UnreadableSealedValue.class)
                .hasMessageContaining("'k2'").hasMessageContaining("not configured");
    }

    @Test
    void a_changed_ciphertext_fails_loudly_and_never_returns_garbage() {
        FieldCipher cipher = cipher(K1, "k1");
        byte[] sealed = cipher.seal(ID_NUMBER);

        for (int position : new int[] { 6, 6 + 12, sealed.length - 1 }) { // nonce, ciphertext, tag
            byte[] changed = sealed.clone();
            changed[position] ^= 0x01;
            assertThatThrownBy(() -> cipher.open(changed)).as("byte %d changed", position)
                    .isInstanceOf(UnreadableSealedValue.class).hasMessageContaining("fails authentication");
        }
    }

    @Test
    void a_value_whose_key_id_was_swapped_fails_like_a_changed_one() {
        // two keys whose ids differ in one character: the header is authenticated, so the swap is detected
        FieldCipher cipher = cipher("ka:" + key(1) + ",kb:" + key(1), "ka");
        byte[] sealed = cipher.seal(ID_NUMBER);
        sealed[5] = 'b';

        assertThatThrownBy(() -> cipher.open(sealed)).isInstanceOf(UnreadableSealedValue.class)
                .hasMessageContaining("fails authentication");
    }

    @Test
    void plaintext_and_truncated_values_are_not_opened() {
        FieldCipher cipher = cipher(K1, "k1");
        byte[] sealed = cipher.seal(ID_NUMBER);
        byte[] truncated = java.util.Arrays.copyOf(sealed, 6 + 12 + 10);

        assertThatThrownBy(() -> cipher.open(ID_NUMBER)).isInstanceOf(UnreadableSealedValue.class)
                .hasMessageContaining("not a sealed value");
        assertThatThrownBy(() -> cipher.open(truncated)).isInstanceOf(UnreadableSealedValue.class);
        assertThatThrownBy(() -> cipher.open(new byte[0])).isInstanceOf(UnreadableSealedValue.class);
    }

    @Test
    void after_a_rotation_old_values_still_open_and_new_ones_use_the_active_key() {
        byte[] old = cipher(K1, "k1").seal(ID_NUMBER);
        FieldCipher rotated = cipher(K1 + "," + K2, "k2");

        assertThat(rotated.open(old)).isEqualTo(ID_NUMBER);
        assertThat(rotated.sealedWithActiveKey(old)).isFalse();
        byte[] fresh = rotated.seal(ID_NUMBER);
        assertThat(fresh).startsWith(0x00, 0xAE, 0x01, 2, 'k', '2');
        assertThat(rotated.sealedWithActiveKey(fresh)).isTrue();
    }

    @Test
    void missing_or_malformed_keys_stop_the_hub_with_the_setting_named() {
        assertThatThrownBy(() -> DataKeys.parse(Optional.empty(), Optional.of("k1")))
                .hasMessageContaining("HUB_PRIVACY_KEYS");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of(" "), Optional.of("k1")))
                .hasMessageContaining("HUB_PRIVACY_KEYS");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of(K1), Optional.empty()))
                .hasMessageContaining("HUB_PRIVACY_ACTIVE_KEY");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of(K1), Optional.of("k9")))
                .hasMessageContaining("'k9' is not among");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of("k1:c2hvcnQ="), Optional.of("k1")))
                .hasMessageContaining("5 bytes; AES-256 needs exactly 32").hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of("k1:not base64!"), Optional.of("k1")))
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of(K1 + "," + K1), Optional.of("k1")))
                .hasMessageContaining("listed twice");
        assertThatThrownBy(() -> DataKeys.parse(Optional.of("k 1:" + key(1)), Optional.of("k 1")))
                .hasMessageContaining("id of 1-32 letters");
        assertThatThrownBy(() -> new LookupHash(Optional.empty())).hasMessageContaining("HUB_PRIVACY_LOOKUP_KEY");
        assertThatThrownBy(() -> new LookupHash(Optional.of("c2hvcnQ="))).hasMessageContaining("at least 32");
    }

    @Test
    void lookup_hashes_match_the_same_person_written_differently_and_not_across_kinds() {
        LookupHash lookups = new LookupHash(Optional.of(key(7)));
        LookupHash otherKey = new LookupHash(Optional.of(key(8)));

        assertThat(lookups.idNumber("41172419900722456x")).isEqualTo(lookups.idNumber(" 41172419900722456X"));
        assertThat(lookups.phone("+86 138-0396-0001")).isEqualTo(lookups.phone("13803960001"));
        assertThat(lookups.idNumber("13803960001")).isNotEqualTo(lookups.phone("13803960001"));
        assertThat(lookups.idNumber("411702198503141230")).isNotEqualTo(otherKey.idNumber("411702198503141230"))
                .hasSize(32);
    }
}
