package org.accidenthub.hub.audit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.accidenthub.hub.privacy.LookupHash;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Records every answered API request that touches case data, once its outcome is known: as a
 * response filter it also sees answers made by the exception mappers (401, 403, 404) and by
 * request filters (413, 429, 503). Who it was comes from the verified token only; a request
 * without a valid token is recorded without a subject.
 */
public class AuditedRequests {

    private final AuditTrail trail;
    private final AuditedPaths paths;
    private final CurrentIdentityAssociation identities;
    private final Clock clock;
    private final LookupHash lookups;

    AuditedRequests(AuditTrail trail, AuditConfig config, CurrentIdentityAssociation identities, Clock clock,
            LookupHash lookups) {
        this.trail = trail;
        this.lookups = lookups;
        this.paths = new AuditedPaths(config.unrecordedReads());
        this.identities = identities;
        this.clock = clock;
    }

    @ServerResponseFilter
    public Uni<Void> record(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        String method = http.method().name();
        String path = http.path();
        Optional<AuditAction> action = paths.actionOf(method, path);
        if (action.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // the identity was resolved when the endpoint or the rate limit asked for it; this only reads it
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull()
                .invoke(identity -> trail.record(entry(identity, request, response, http, action.get())))
                .replaceWithVoid();
    }

    private AuditEntry entry(SecurityIdentity identity, ContainerRequestContext request,
            ContainerResponseContext response, HttpServerRequest http, AuditAction action) {
        JsonWebToken token = identity != null && !identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken jwt ? jwt : null;
        UUID caseId = AuditedPaths.caseIdIn(http.path());
        if (caseId == null && response.getStatus() < 300) {
            caseId = RecordValues.caseIdOf(response.getEntity());
        }
        String subject = token == null ? null : token.getSubject();
        String orgType = claim(token, "org_type");
        String orgCode = claim(token, "org_code");
        if ("PARTY".equals(orgType) && orgCode != null) {
            // a party's organisation code is its ID number (domain §2: a verified person): the trail keeps a
            // pseudonym, the keyed lookup hash, so that it holds no ID number yet still tells parties apart
            String pseudonym = lookups.partyPseudonym(orgCode);
            subject = subject == null ? null : subject.replace(orgCode, pseudonym);
            orgCode = pseudonym;
        }
        return new AuditEntry(clock.instant(), subject, orgType, orgCode, claim(token, "azp"),
                addressOf(http.remoteAddress()), http.method().name(), http.path(), caseId, action,
                response.getStatus(), fields(action, request));
    }

    /** Writes: the body's top-level fields. Searches: the filters used, by name (their values may be personal data). */
    private static String fields(AuditAction action, ContainerRequestContext request) {
        if (action == AuditAction.WRITE) {
            return (String) request.getProperty(WrittenFields.PROPERTY);
        }
        if (action == AuditAction.SEARCH) {
            TreeSet<String> names = new TreeSet<>(request.getUriInfo().getQueryParameters().keySet());
            return names.isEmpty() ? null : String.join(",", names);
        }
        return null;
    }

    private static String claim(JsonWebToken token, String name) {
        if (token == null) {
            return null;
        }
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }

    private static String addressOf(SocketAddress address) {
        return address == null ? null : address.hostAddress();
    }
}
