package org.accidenthub.connectors.insurer;

import java.time.Instant;

/**
 * The envelope every insurer message has, read and checked.
 *
 * @param messageId      chosen by the sender, unique per sender: a resend carries the same one
 * @param sentAt         when the sender sent it (UTC, to the millisecond: what canonical records keep)
 * @param insurerCode    the insurer the message is from (inbound) or for (outbound)
 * @param claimReference the hub's claim id (a UUID, lower case)
 */
record InsurerEnvelope(String messageId, InsurerMessageType type, Instant sentAt, String insurerCode,
        String claimReference) {
}
