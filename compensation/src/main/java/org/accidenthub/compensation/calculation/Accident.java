package org.accidenthub.compensation.calculation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.standards.CompulsoryLimitSet;
import org.accidenthub.compensation.standards.SubLimits;

/** The vehicles and parties of a validated input, indexed, with who covers whom. */
final class Accident {

    private final List<Vehicle> motorVehicles;
    private final List<Party> parties;
    private final Map<String, Vehicle> vehicles;
    private final Map<String, Party> partyOfVehicle;
    private final CompulsoryLimitSet limits;

    Accident(CalculationInput input, CompulsoryLimitSet limits) {
        this.motorVehicles = input.vehicles().stream().filter(Vehicle::motorVehicle).toList();
        this.parties = input.parties();
        this.vehicles = input.vehicles().stream().collect(Collectors.toMap(Vehicle::ref, Function.identity()));
        this.partyOfVehicle = input.parties().stream().filter(p -> p.vehicleRef().isPresent())
                .collect(Collectors.toMap(p -> p.vehicleRef().get(), Function.identity()));
        this.limits = limits;
    }

    List<Vehicle> motorVehicles() {
        return motorVehicles;
    }

    /** Parties with a share above 0, in input order: they bear the loss beyond compulsory insurance. */
    List<Party> partiesAtFault() {
        return parties.stream().filter(p -> p.liabilityShare() > 0).toList();
    }

    Party partyOf(Vehicle vehicle) {
        return partyOfVehicle.get(vehicle.ref());
    }

    Optional<Vehicle> vehicleOf(Party party) {
        return party.vehicleRef().map(vehicles::get);
    }

    CompulsoryLimitSet limits() {
        return limits;
    }

    /** At-fault limits, or the no-fault limits when the vehicle's driver bears no fault. */
    SubLimits subLimitsOf(Vehicle vehicle) {
        return limits.forLiabilityShare(partyOf(vehicle).liabilityShare());
    }

    boolean noFault(Vehicle vehicle) {
        return partyOf(vehicle).liabilityShare() == 0;
    }

    /**
     * Whether the vehicle's insurance treats the victim as a third party: everyone but the
     * vehicle's own occupants (Regulation on Compulsory Motor Vehicle Accident Liability
     * Insurance art. 3; the commercial third-party clauses likewise). A victim in the vehicle
     * brings its property in it too, so the vehicle's own property is not covered either.
     */
    boolean thirdParty(Vehicle vehicle, LossAssessment victim) {
        return !victim.role().occupies(vehicle.ref());
    }

    /** The compulsory insurer, or the party itself when the vehicle is uninsured (SPC road-traffic interp. art. 16). */
    Payer compulsoryPayerOf(Vehicle vehicle) {
        return vehicle.compulsoryInsurer()
                .map(insurer -> Payer.compulsoryInsurer(vehicle.ref(), insurer))
                .orElseGet(() -> Payer.selfPay(partyOf(vehicle).ref()));
    }
}
