package org.accidenthub.hub.cases;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One revision of a case: where it came from and, when asked for a single revision, the
 * canonical record as it was then.
 *
 * @param schemaFingerprint hex of the writer schema's CRC-64-AVRO fingerprint
 */
public record RevisionView(int revision, Instant receivedAt, String connector, String rawSha256,
        String contentSha256, String schemaFingerprint, String senderSubject, String senderOrgCode,
        ObjectNode record) {
}
