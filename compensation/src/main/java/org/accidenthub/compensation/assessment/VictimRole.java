package org.accidenthub.compensation.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the victim was: in which vehicle (driver or passenger) or outside any (pedestrian,
 * cyclist, other third party). A vehicle's own occupants are not third parties to its
 * compulsory and commercial third-party insurance (Regulation on Compulsory Motor Vehicle
 * Accident Liability Insurance art. 3: "本车人员、被保险人以外的受害人").
 *
 * @param kind       the role
 * @param vehicleRef the vehicle the victim was in; only for {@link Kind#DRIVER} and {@link Kind#PASSENGER}
 */
public record VictimRole(Kind kind, String vehicleRef) {

    /** The victim's role in the accident. */
    public enum Kind {
        DRIVER, PASSENGER, PEDESTRIAN, CYCLIST, OTHER
    }

    public VictimRole {
        Objects.requireNonNull(kind, "kind");
    }

    public static VictimRole driverOf(String vehicleRef) {
        return new VictimRole(Kind.DRIVER, vehicleRef);
    }

    public static VictimRole passengerOf(String vehicleRef) {
        return new VictimRole(Kind.PASSENGER, vehicleRef);
    }

    public static VictimRole pedestrian() {
        return new VictimRole(Kind.PEDESTRIAN, null);
    }

    public static VictimRole cyclist() {
        return new VictimRole(Kind.CYCLIST, null);
    }

    /** A third party outside any vehicle who is neither pedestrian nor cyclist (e.g. a shop owner). */
    public static VictimRole other() {
        return new VictimRole(Kind.OTHER, null);
    }

    /** The vehicle the victim occupied, if a driver or passenger. */
    public Optional<String> occupiedVehicle() {
        return kind == Kind.DRIVER || kind == Kind.PASSENGER ? Optional.ofNullable(vehicleRef) : Optional.empty();
    }

    /** Whether the victim was in this vehicle. */
    public boolean occupies(String vehicle) {
        return occupiedVehicle().filter(vehicle::equals).isPresent();
    }

    @Override
    public String toString() {
        return occupiedVehicle().map(v -> kind.name().toLowerCase() + " of " + v).orElse(kind.name().toLowerCase());
    }
}
