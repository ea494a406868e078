package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A commercial third-party liability policy (商业三者险) on a vehicle.
 *
 * @param insurerCode           the insurer organisation
 * @param limit                 limit per accident in CNY, shared by every claim against it in that accident
 * @param coversMentalDistress  whether the mental-distress rider was bought: the 2020 industry model
 *                              clauses exclude mental distress from third-party cover without it
 */
public record CommercialPolicy(String insurerCode, BigDecimal limit, boolean coversMentalDistress) {

    public CommercialPolicy {
        Objects.requireNonNull(insurerCode, "insurerCode");
        Objects.requireNonNull(limit, "limit");
    }

    /** A policy without the mental-distress rider. */
    public static CommercialPolicy of(String insurerCode, BigDecimal limit) {
        return new CommercialPolicy(insurerCode, limit, false);
    }

    /** The same policy with the mental-distress rider. */
    public CommercialPolicy withMentalDistressRider() {
        return new CommercialPolicy(insurerCode, limit, true);
    }
}
