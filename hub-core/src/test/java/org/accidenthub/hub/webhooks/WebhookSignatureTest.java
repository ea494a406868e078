package org.accidenthub.hub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final String SECRET = "whsec_test";
    /** printf '1700000000.{"eventId":"e1"}' | openssl dgst -sha256 -hmac whsec_test */
    private static final String EXPECTED_HEX = "ead19a02fbe0bb6d0c7f3d25cef8280176aefaac9755cd99505dad3b267a6de9";
    private static final byte[] BODY = "{\"eventId\":\"e1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_signature_is_hmac_sha256_over_timestamp_dot_body() {
        assertThat(WebhookSignature.header(SECRET, 1_700_000_000L, BODY))
                .isEqualTo("t=1700000000,v1=" + EXPECTED_HEX);
    }

    @Test
    void a_partner_following_the_documented_steps_accepts_it() throws Exception {
        String header = WebhookSignature.header(SECRET, Instant.now().getEpochSecond(), BODY);

        assertThat(PartnerVerification.verify(SECRET, header, BODY)).isTrue();
    }

    @Test
    void a_changed_body_another_secret_or_a_stale_timestamp_fail() throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = WebhookSignature.header(SECRET, now, BODY);

        assertThat(PartnerVerification.verify(SECRET, header, "{}".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PartnerVerification.verify("whsec_other", header, BODY)).isFalse();
        assertThat(PartnerVerification.verify(SECRET, WebhookSignature.header(SECRET, now - 3600, BODY), BODY))
                .isFalse();
    }
}
