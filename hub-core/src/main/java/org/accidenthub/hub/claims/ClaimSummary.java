package org.accidenthub.hub.claims;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a claims listing.
 *
 * @param paidTotal CNY, two places
 * @param overdue   a deadline breach is recorded and still open
 */
public record ClaimSummary(UUID claimId, UUID caseId, String reportNumber, Instant occurredAt, String insurerCode,
        String victimRef, String victimName, ClaimState state, Instant openedAt, Instant decisionDueAt,
        String paidTotal, boolean overdue) {
}
