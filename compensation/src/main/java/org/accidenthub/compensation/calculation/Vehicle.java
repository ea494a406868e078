package org.accidenthub.compensation.calculation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A vehicle involved in the accident. Every motor vehicle's compulsory insurance pays first
 * (Civil Code art. 1213); a motor vehicle without a compulsory policy is paid for by its party
 * within the compulsory limits (SPC road-traffic interpretation art. 16).
 *
 * @param ref                  reference within the accident, e.g. "V1"
 * @param motorVehicle         false for bicycles and other non-motor vehicles (no insurance)
 * @param compulsoryInsurer    insurer code of the compulsory policy (交强险), empty when uninsured
 * @param commercialThirdParty the commercial third-party policy, if any
 */
public record Vehicle(String ref, boolean motorVehicle, Optional<String> compulsoryInsurer,
        Optional<CommercialPolicy> commercialThirdParty) {

    public Vehicle {
        Objects.requireNonNull(compulsoryInsurer, "compulsoryInsurer");
        Objects.requireNonNull(commercialThirdParty, "commercialThirdParty");
    }

    /** A motor vehicle with no policies yet. */
    public static Vehicle motor(String ref) {
        return new Vehicle(ref, true, Optional.empty(), Optional.empty());
    }

    /** A non-motor vehicle (bicycle, e-bike treated as non-motor, ...). */
    public static Vehicle nonMotor(String ref) {
        return new Vehicle(ref, false, Optional.empty(), Optional.empty());
    }

    public Vehicle withCompulsory(String insurerCode) {
        return new Vehicle(ref, motorVehicle, Optional.of(insurerCode), commercialThirdParty);
    }

    public Vehicle withCommercialThirdParty(String insurerCode, BigDecimal limit) {
        return withCommercialThirdParty(CommercialPolicy.of(insurerCode, limit));
    }

    public Vehicle withCommercialThirdParty(CommercialPolicy policy) {
        return new Vehicle(ref, motorVehicle, compulsoryInsurer, Optional.of(policy));
    }
}
