package org.accidenthub.compensation.calculation;

import java.util.Objects;
import org.accidenthub.compensation.items.DependantCapBasis;

/**
 * The choices the rules leave open.
 *
 * @param compulsorySharing how several vehicles' compulsory insurers share one victim's loss
 * @param dependantCap      where the yearly cap on several dependants applies with a disability
 */
public record CalculationOptions(CompulsorySharing compulsorySharing, DependantCapBasis dependantCap) {

    public CalculationOptions {
        Objects.requireNonNull(compulsorySharing, "compulsorySharing");
        Objects.requireNonNull(dependantCap, "dependantCap");
    }

    /** Equal sharing between compulsory insurers; dependants' cap before the disability coefficient. */
    public static CalculationOptions defaults() {
        return new CalculationOptions(CompulsorySharing.EQUALLY, DependantCapBasis.BEFORE_COEFFICIENT);
    }

    public CalculationOptions withCompulsorySharing(CompulsorySharing sharing) {
        return new CalculationOptions(sharing, dependantCap);
    }

    public CalculationOptions withDependantCap(DependantCapBasis cap) {
        return new CalculationOptions(compulsorySharing, cap);
    }
}
