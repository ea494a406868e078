package org.accidenthub.hub.cases;

import java.time.Instant;

/**
 * Filters of a case search; null means "any". {@code from} and {@code to} bound the
 * accident time, both inclusive.
 */
public record CaseSearch(String plate, String reportNumber, Instant from, Instant to, int page, int size) {
}
