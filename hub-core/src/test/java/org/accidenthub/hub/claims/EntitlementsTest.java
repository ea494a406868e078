package org.accidenthub.hub.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseModel;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CasePolicy;
import org.accidenthub.hub.cases.CaseVehicle;
import org.junit.jupiter.api.Test;

/** Who may claim from which insurer (Civil Code art. 1213; Road Traffic Safety Law art. 76), without the hub. */
class EntitlementsTest {

    private final List<CaseParty> parties = new ArrayList<>();
    private final List<CaseVehicle> vehicles = new ArrayList<>();
    private final List<CasePolicy> policies = new ArrayList<>();

    @Test
    void a_pedestrian_claims_from_the_compulsory_and_the_at_fault_commercial_insurer_of_the_car() {
        CaseVehicle car = vehicle("V1", true, "MINOR");
        policy(car, "COMPULSORY", "PICC", "C-1");
        policy(car, "COMMERCIAL_THIRD_PARTY", "PINGAN", "B-1");
        party("P1", "DRIVER", "V1", 90, "NONE");
        party("P2", "PEDESTRIAN", null, 10, "SERIOUS");

        assertThat(claims()).containsExactly("P2/PICC[C-1]", "P2/PINGAN[B-1]");
    }

    @Test
    void a_driver_without_fault_still_answers_through_compulsory_insurance_but_not_through_commercial() {
        CaseVehicle car = vehicle("V1", true, "NONE");
        policy(car, "COMPULSORY", "PICC", "C-1");
        policy(car, "COMMERCIAL_THIRD_PARTY", "PICC", "B-1");
        party("P1", "DRIVER", "V1", 0, "NONE");
        party("P2", "PEDESTRIAN", null, 100, "MINOR");

        assertThat(claims()).containsExactly("P2/PICC[C-1]");
    }

    @Test
    void a_passenger_is_not_a_third_party_of_the_vehicle_they_ride_in() {
        CaseVehicle first = vehicle("V1", true, "NONE");
        CaseVehicle second = vehicle("V2", true, "NONE");
        policy(first, "COMPULSORY", "PICC", "C-1");
        policy(second, "COMPULSORY", "CPIC", "C-2");
        party("P1", "DRIVER", "V1", 100, "NONE");
        party("P2", "DRIVER", "V2", 0, "NONE");
        party("P3", "PASSENGER", "V1", null, "MINOR");

        assertThat(claims()).containsExactly("P3/CPIC[C-2]");
    }

    @Test
    void the_owner_party_of_a_damaged_vehicle_claims_its_loss_instead_of_the_driver() {
        CaseVehicle damaged = vehicle("V1", true, "SEVERE");
        CaseVehicle other = vehicle("V2", true, "NONE");
        policy(other, "COMPULSORY", "CPIC", "C-2");
        party("P1", "DRIVER", "V1", 0, "NONE");
        party("P2", "DRIVER", "V2", 100, "NONE");
        party("P3", "OWNER", "V1", null, "NONE");

        assertThat(claims()).containsExactly("P3/CPIC[C-2]");
    }

    @Test
    void a_damaged_bicycle_is_claimed_by_its_rider_and_a_non_motor_vehicle_carries_no_compulsory_cover() {
        CaseVehicle car = vehicle("V1", true, "NONE");
        CaseVehicle bicycle = vehicle("V2", false, "MODERATE");
        policy(car, "COMPULSORY", "PICC", "C-1");
        policy(bicycle, "COMPULSORY", "ODD", "X-1");
        party("P1", "DRIVER", "V1", 70, "NONE");
        party("P2", "CYCLIST", "V2", 30, "NONE");

        assertThat(claims()).containsExactly("P2/PICC[C-1]");
    }

    @Test
    void nobody_claims_when_nobody_is_hurt_and_nothing_is_damaged() {
        CaseVehicle car = vehicle("V1", true, "NONE");
        policy(car, "COMPULSORY", "PICC", "C-1");
        party("P1", "DRIVER", "V1", 100, "NONE");
        party("P2", "PEDESTRIAN", null, 0, "NONE");

        assertThat(claims()).isEmpty();
    }

    private List<String> claims() {
        return Entitlements.of(new CaseModel(parties, vehicles, policies, List.of())).stream()
                .map(e -> e.victim().ref + "/" + e.insurerCode() + e.covers().stream()
                        .map(c -> c.policy().policyNumber).toList())
                .toList();
    }

    private CaseVehicle vehicle(String ref, boolean motor, String damage) {
        CaseVehicle vehicle = new CaseVehicle();
        vehicle.id = UUID.randomUUID();
        vehicle.ref = ref;
        vehicle.motorVehicle = motor;
        vehicle.damage = damage;
        vehicles.add(vehicle);
        return vehicle;
    }

    private void policy(CaseVehicle vehicle, String kind, String insurer, String number) {
        CasePolicy policy = new CasePolicy();
        policy.vehicleId = vehicle.id;
        policy.kind = kind;
        policy.insurerCode = insurer;
        policy.policyNumber = number;
        policy.coverLimit = kind.equals("COMMERCIAL_THIRD_PARTY") ? new BigDecimal("1000000.00") : null;
        policies.add(policy);
    }

    private void party(String ref, String role, String vehicleRef, Integer share, String injury) {
        CaseParty party = new CaseParty();
        party.ref = ref;
        party.role = role;
        party.vehicleRef = vehicleRef;
        party.responsibilityShare = share;
        party.injury = injury;
        parties.add(party);
    }
}
