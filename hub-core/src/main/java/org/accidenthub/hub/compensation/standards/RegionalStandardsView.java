package org.accidenthub.hub.compensation.standards;

import java.time.Instant;
import java.util.Map;

/**
 * The current figures of one province and statistical year, as every role sees them.
 *
 * @param province        6-digit GB/T 2260 code, e.g. 410000
 * @param statisticalYear the year the figures describe
 * @param items           item code → amount (decimal string, two places), sorted by code; the
 *                        same shape as the body of PUT, so a read can be edited and put back
 * @param updatedAt       when the newest of these figures was loaded
 */
public record RegionalStandardsView(String province, int statisticalYear, Map<String, String> items,
        Instant updatedAt) {
}
