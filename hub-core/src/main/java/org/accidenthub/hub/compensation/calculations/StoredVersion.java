package org.accidenthub.hub.compensation.calculations;

import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.security.Caller;

/** What makes a calculation a stored version of a case. */
record StoredVersion(UUID calculationId, UUID caseId, int version, int caseRevision, Instant calculatedAt, Caller by) {
}
