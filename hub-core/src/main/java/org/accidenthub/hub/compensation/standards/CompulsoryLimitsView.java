package org.accidenthub.hub.compensation.standards;

import java.time.LocalDate;
import org.accidenthub.compensation.standards.CompulsoryLimitSet;
import org.accidenthub.compensation.standards.SubLimits;
import org.accidenthub.hub.compensation.Amounts;

/**
 * One set of compulsory-insurance limits per accident, in force for accidents from {@code effectiveFrom}.
 *
 * @param atFault limits when the insured vehicle's driver bears some fault
 * @param noFault limits when that driver bears no fault (无责赔偿限额)
 */
public record CompulsoryLimitsView(LocalDate effectiveFrom, SubLimitsView atFault, SubLimitsView noFault) {

    /** Amounts are decimal strings with two places. */
    public record SubLimitsView(String deathDisability, String medical, String property) {

        static SubLimitsView of(SubLimits limits) {
            return new SubLimitsView(Amounts.format(limits.deathDisability()), Amounts.format(limits.medical()),
                    Amounts.format(limits.property()));
        }
    }

    public static CompulsoryLimitsView of(CompulsoryLimitSet set) {
        return new CompulsoryLimitsView(set.effectiveFrom(), SubLimitsView.of(set.atFault()),
                SubLimitsView.of(set.noFault()));
    }
}
