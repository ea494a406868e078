package org.accidenthub.compensation.standards;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The compulsory-insurance limits in force from a date: one set for an insured driver who bears
 * some fault, one for a driver who bears none (无责赔偿限额).
 *
 * @param effectiveFrom first accident date the limits apply to
 * @param atFault       limits when the insured vehicle's driver bears a share of the fault
 * @param noFault       limits when that driver bears no fault (share 0)
 */
public record CompulsoryLimitSet(LocalDate effectiveFrom, SubLimits atFault, SubLimits noFault) {

    public CompulsoryLimitSet {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(atFault, "atFault");
        Objects.requireNonNull(noFault, "noFault");
    }

    /** The sub-limits for a vehicle whose driver bears this liability share (0 means no fault). */
    public SubLimits forLiabilityShare(int share) {
        return share == 0 ? noFault : atFault;
    }
}
