package org.accidenthub.hub.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets production = new WebhookTargets(false, false);

    @Test
    void loopback_private_and_link_local_hosts_are_refused_in_production() {
        for (String url : new String[] {"https://127.0.0.1/hook", "https://localhost/hook", "https://10.1.2.3/hook",
                "https://192.168.0.10/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/hook",
                "https://[fd00::1]/hook", "https://100.64.0.1/hook", "https://0.0.0.0/hook"}) {
            assertThat(production.refusal(url)).as(url).hasValueSatisfying(refusal ->
                    assertThat(refusal.code()).isEqualTo("PRIVATE_TARGET"));
        }
    }

    @Test
    void a_public_address_is_accepted() throws Exception {
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("203.0.113.10"))).isTrue();
        assertThat(WebhookTargets.isPublic(InetAddress.getByName("2001:db8::1"))).isTrue();
        assertThat(production.refusal("https://203.0.113.10/hook")).isEmpty();
    }

    @Test
    void plain_http_needs_the_flag() {
        assertThat(production.refusal("http://203.0.113.10/hook")).hasValueSatisfying(refusal ->
                assertThat(refusal.code()).isEqualTo("HTTPS_REQUIRED"));
        assertThat(new WebhookTargets(true, false).refusal("http://203.0.113.10/hook")).isEmpty();
    }

    @Test
    void the_local_flags_allow_loopback() {
        assertThat(new WebhookTargets(true, true).refusal("http://127.0.0.1:8089/hook")).isEmpty();
    }

    @Test
    void only_absolute_http_urls_without_credentials() {
        assertThat(production.refusal("file:///etc/passwd")).get().extracting(WebhookTargets.Refusal::code)
                .isEqualTo("INVALID_URL");
        assertThat(production.refusal("/relative")).get().extracting(WebhookTargets.Refusal::code)
                .isEqualTo("INVALID_URL");
        assertThat(production.refusal("https://u:p@203.0.113.10/")).get().extracting(WebhookTargets.Refusal::code)
                .isEqualTo("CREDENTIALS_IN_URL");
        assertThat(production.refusal("https://exa mple.com/")).get().extracting(WebhookTargets.Refusal::code)
                .isEqualTo("INVALID_URL");
    }
}
