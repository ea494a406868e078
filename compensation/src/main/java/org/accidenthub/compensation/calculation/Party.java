package org.accidenthub.compensation.calculation;

import java.util.Objects;
import java.util.Optional;

/**
 * A party to the accident with its liability share from the finding (认定书): a driver (with the
 * vehicle whose policies answer for it), a pedestrian or a cyclist.
 *
 * @param ref            reference within the accident, e.g. "P1"; a victim who is a party uses this ref
 * @param vehicleRef     the vehicle the party drove, if any
 * @param liabilityShare 0..100; all parties' shares add up to 100
 */
public record Party(String ref, Optional<String> vehicleRef, int liabilityShare) {

    public Party {
        Objects.requireNonNull(vehicleRef, "vehicleRef");
    }

    /** The driver of a vehicle. */
    public static Party driverOf(String ref, String vehicleRef, int liabilityShare) {
        return new Party(ref, Optional.of(vehicleRef), liabilityShare);
    }

    /** A party without a vehicle (pedestrian, or a cyclist whose bicycle need not be listed). */
    public static Party withoutVehicle(String ref, int liabilityShare) {
        return new Party(ref, Optional.empty(), liabilityShare);
    }
}
