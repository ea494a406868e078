package org.accidenthub.hub.cases;

import java.time.Instant;
import java.util.UUID;

/** One line of a case search. */
public record CaseSummary(UUID caseId, String unitCode, String reportNumber, CaseState state, int revision,
        Instant occurredAt, String divisionCode, String level, String form) {
}
