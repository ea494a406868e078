package org.accidenthub.hub.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the operator's audit search; every one optional. */
record AuditSearch(UUID caseId, String subject, Instant from, Instant to, int page, int size) {
}
