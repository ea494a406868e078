package org.accidenthub.hub.compensation.calculations;

import java.time.Instant;

/** One version in the list of a case's calculations; the whole calculation is at {@code /{version}}. */
public record CalculationSummary(int version, Instant calculatedAt, CalculationView.CalculatedBy calculatedBy,
        int caseRevision, String province, int statisticalYear, String total) {
}
