package org.accidenthub.connectors.mediation;

import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Presence;

/**
 * The fields every message carries besides formatVersion and type.
 *
 * @param messageId   the platform's id of this message; the hub drops a message whose id it has seen
 * @param mediationId the hub's mediation (from the assignment)
 * @param caseId      the hub's case
 */
record MessageHeader(String messageId, String mediationId, String caseId) {

    static MessageHeader read(JsonFields message) {
        return new MessageHeader(
                message.matching("messageId", Presence.REQUIRED, MediationFormat.MESSAGE_ID,
                        MediationProblemCode.PATTERN_MISMATCH, "1 to 64 of A-Z a-z 0-9 . _ : -, starting with a letter or digit"),
                message.matching("mediationId", Presence.REQUIRED, MediationFormat.HUB_ID,
                        MediationProblemCode.PATTERN_MISMATCH, "the mediation's id from the assignment (a lower-case UUID)"),
                message.matching("caseId", Presence.REQUIRED, MediationFormat.HUB_ID,
                        MediationProblemCode.PATTERN_MISMATCH, "the case's id (a lower-case UUID)"));
    }

    boolean complete() {
        return messageId != null && mediationId != null && caseId != null;
    }
}
