package org.accidenthub.hub.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One answered request, as it enters the audit trail: who (subject, organisation, client), from
 * where, what (method, path, case, action, fields) and the outcome. The chain position and hashes
 * are added when it is written ({@link AuditChain}).
 */
public record AuditEntry(Instant at, String subject, String orgType, String orgCode, String client,
        String remoteAddress, String method, String path, UUID caseId, AuditAction action, int outcome,
        String fields) {

    /**
     * The entry as the table can hold it: times in microseconds, texts within their column's
     * length and without NUL characters (which PostgreSQL refuses). A value a caller controls
     * (a path, a claim) must never make a whole batch of entries unwritable.
     */
    AuditEntry storable() {
        return new AuditEntry(AuditDigest.storable(at), fit(subject, 255), fit(orgType, 32), fit(orgCode, 64),
                fit(client, 255), fit(remoteAddress, 64), fit(method, 10), fit(path, 2048), caseId, action, outcome,
                fit(fields, 2048));
    }

    private static String fit(String value, int length) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\0') < 0 ? value : value.replace('\0', '\uFFFD');
        if (clean.length() <= length) {
            return clean;
        }
        // cut at a code point boundary: half a surrogate pair is not valid UTF-8
        int end = Character.isHighSurrogate(clean.charAt(length - 1)) ? length - 1 : length;
        return clean.substring(0, end);
    }
}
