package org.accidenthub.hub.compensation.standards;

import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.hub.compensation.BodyChecks;

/**
 * Province and statistical year as they arrive in paths and query parameters. The same rules as
 * the module's CSV: a 6-digit GB/T 2260 code ending in 00 (or its 2-digit prefix), a 4-digit year.
 */
public final class StandardsKey {

    private StandardsKey() {
    }

    /** The province, or null when absent or malformed (the problem is recorded at {@code at}). */
    public static ProvinceCode province(String at, String value, BodyChecks checks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!ProvinceCode.isValid(value.strip())) {
            checks.add(at, "PROVINCE_INVALID",
                    "a province is a 6-digit GB/T 2260 code ending in 00 (e.g. 410000) or its 2-digit prefix: " + value);
            return null;
        }
        return ProvinceCode.of(value.strip());
    }

    /** The statistical year, or null when absent or malformed (the problem is recorded at {@code at}). */
    public static Integer year(String at, String value, BodyChecks checks) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("(19|20|21)\\d\\d")) {
            checks.add(at, "YEAR_INVALID", "a statistical year has 4 digits, e.g. 2025: " + value);
            return null;
        }
        return Integer.valueOf(value.strip());
    }

    /** A statistical year given as a JSON number, or null when absent or out of range. */
    public static Integer year(String at, Integer value, BodyChecks checks) {
        if (value != null && (value < 1900 || value > 2199)) {
            checks.add(at, "YEAR_INVALID", "a statistical year has 4 digits, e.g. 2025: " + value);
            return null;
        }
        return value;
    }
}
