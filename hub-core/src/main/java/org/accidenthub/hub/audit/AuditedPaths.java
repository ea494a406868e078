package org.accidenthub.hub.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which requests the audit trail records, and as what. Every request under {@code /api/v1/} is
 * recorded unless it only reads reference data ({@link AuditConfig#unrecordedReads()}): a new
 * endpoint is audited without anyone remembering to, which is the safe mistake to make.
 */
final class AuditedPaths {

    static final String API = "/api/v1/";
    private static final String CASES = API + "cases/";

    private final List<String> unrecordedReads;

    AuditedPaths(List<String> unrecordedReads) {
        this.unrecordedReads = List.copyOf(unrecordedReads);
    }

    /** What the request attempted, or empty when it is not recorded. */
    Optional<AuditAction> actionOf(String method, String path) {
        if (path == null || !path.startsWith(API) || "OPTIONS".equals(method)) {
            return Optional.empty();
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        if (!read) {
            return Optional.of(AuditAction.WRITE);
        }
        if (unrecordedReads.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return Optional.empty();
        }
        // a top-level collection (/api/v1/cases, /api/v1/claims, /api/v1/audit) lists; anything deeper reads one thing
        String rest = trimSlash(path.substring(API.length()));
        return Optional.of(rest.indexOf('/') < 0 ? AuditAction.SEARCH : AuditAction.READ);
    }

    /** The case a path names ({@code /api/v1/cases/{caseId}/...}), when it is a well-formed id. */
    static UUID caseIdIn(String path) {
        if (path == null || !path.startsWith(CASES)) {
            return null;
        }
        String rest = path.substring(CASES.length());
        int end = rest.indexOf('/');
        String id = end < 0 ? rest : rest.substring(0, end);
        if (id.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private static String trimSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
