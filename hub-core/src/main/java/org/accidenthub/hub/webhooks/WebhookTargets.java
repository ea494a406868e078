package org.accidenthub.hub.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs the hub may call. Webhooks make the hub send requests to addresses a partner chooses, so
 * without care a partner could make it call into the hub's own network (server-side request forgery):
 * only http(s) URLs without credentials, https unless {@code allow-http}, and — unless
 * {@code allow-private-targets} — only hosts whose every address is public. The address check runs when
 * a subscription is made and again before every attempt, as DNS answers may change; the remaining gap
 * (DNS answering differently between check and connect) is closed by an egress firewall, not here.
 */
@ApplicationScoped
class WebhookTargets {

    private final boolean allowHttp;
    private final boolean allowPrivate;

    @Inject
    WebhookTargets(WebhooksConfig config) {
        this(config.allowHttp(), config.allowPrivateTargets());
    }

    WebhookTargets(boolean allowHttp, boolean allowPrivate) {
        this.allowHttp = allowHttp;
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL may not be used, as a problem code and message; empty when it may. Blocking (DNS). */
    Optional<Refusal> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException malformed) {
            return refuse("INVALID_URL", "not a URL: " + malformed.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return refuse("INVALID_URL", "an absolute http(s) URL with a host is required");
        }
        if (scheme.equals("http") && !allowHttp) {
            return refuse("HTTPS_REQUIRED", "deliveries carry personal data: the URL must use https");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse("CREDENTIALS_IN_URL", "the URL must not carry credentials; verify the signature instead");
        }
        return allowPrivate ? Optional.empty() : addressRefusal(uri.getHost());
    }

    private static Optional<Refusal> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException unknown) {
            return refuse("UNRESOLVABLE_HOST", "the host " + host + " has no address");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return refuse("PRIVATE_TARGET", "the host " + host + " has a loopback, private or reserved address");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            // 0.0.0.0/8 "this network", 100.64.0.0/10 shared address space (RFC 6598)
            return first != 0 && !(first == 100 && second >= 64 && second < 128);
        }
        // fc00::/7 unique local addresses (RFC 4193)
        return !(address instanceof Inet6Address) || (bytes[0] & 0xfe) != 0xfc;
    }

    private static Optional<Refusal> refuse(String code, String message) {
        return Optional.of(new Refusal(code, message));
    }

    record Refusal(String code, String message) {
    }
}
