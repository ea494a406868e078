package org.accidenthub.hub.cases;

import java.time.Instant;

/**
 * Filters of a case search; null means "any". {@code from} and {@code to} bound the
 * accident time, both inclusive. {@code idNumber} and {@code phone} match a party of the case,
 * through their lookup hashes (the stored values are sealed).
 */
public record CaseSearch(String plate, String reportNumber, String idNumber, String phone, Instant from, Instant to,
        int page, int size) {
}
