package org.accidenthub.hub.claims;

import java.util.UUID;

/**
 * Filters of a claims listing; null means "any".
 *
 * @param overdue true: only claims with an open deadline breach; false: only claims without one
 */
record ClaimSearch(ClaimState state, Boolean overdue, UUID caseId, int page, int size) {
}
