package org.accidenthub.hub.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * One audit entry in an API answer. The hash lets an auditor match an answer against a chain
 * verified elsewhere.
 */
public record AuditEventView(long id, Instant at, String subject, String orgType, String orgCode, String client,
        String remoteAddress, String method, String path, UUID caseId, String action, int outcome,
        List<String> fields, String hash) {

    static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.id, event.answeredAt, event.subject, event.orgType, event.orgCode,
                event.client, event.remoteAddress, event.method, event.path, event.caseId, event.action,
                event.outcome, event.fields == null ? List.of() : Arrays.asList(event.fields.split(",")),
                HexFormat.of().formatHex(event.hash));
    }

    /**
     * What the unit that owns a case sees of another organisation's access: that organisation,
     * its client, what and when, but not which of its employees nor from which address (their
     * personal data, which the operator's view keeps).
     */
    AuditEventView forOwnerOf(String orgType, String orgCode) {
        boolean sameOrganisation = orgType.equals(this.orgType) && orgCode.equals(this.orgCode);
        return new AuditEventView(id, at, sameOrganisation ? subject : null, this.orgType, this.orgCode, client,
                null, method, path, caseId, action, outcome, fields, hash);
    }
}
