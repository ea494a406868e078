package org.accidenthub.compensation.calculation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accidenthub.compensation.Problem;
import org.accidenthub.compensation.assessment.AssessmentRules;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.money.Money;

/** Checks a {@link CalculationInput} as a whole and reports every problem, the victims' own included. */
final class InputRules {

    private InputRules() {
    }

    static List<Problem> check(CalculationInput input) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Vehicle> vehicles = checkVehicles(input.vehicles(), problems);
        Map<String, Party> partyOfVehicle = checkParties(input.parties(), vehicles, problems);
        vehicles.values().stream()
                .filter(v -> v.motorVehicle() && !partyOfVehicle.containsKey(v.ref()))
                .forEach(v -> problems.add(new Problem("vehicles[" + input.vehicles().indexOf(v) + "]",
                        "MOTOR_VEHICLE_WITHOUT_PARTY", "motor vehicle " + v.ref()
                        + " needs a party (its driver, with a liability share, 0 when without fault)")));
        checkVictims(input.victims(), vehicles, partyOfVehicle, problems);
        return problems;
    }

    private static Map<String, Vehicle> checkVehicles(List<Vehicle> list, List<Problem> problems) {
        Map<String, Vehicle> vehicles = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            Vehicle v = list.get(i);
            String at = "vehicles[" + i + "]";
            if (v.ref() == null || v.ref().isBlank()) {
                problems.add(new Problem(at + ".ref", "REF_MISSING", "the vehicle needs a reference"));
                continue;
            }
            if (vehicles.putIfAbsent(v.ref(), v) != null) {
                problems.add(new Problem(at + ".ref", "DUPLICATE_REF", "vehicle " + v.ref() + " is listed twice"));
            }
            if (!v.motorVehicle() && (v.compulsoryInsurer().isPresent() || v.commercialThirdParty().isPresent())) {
                problems.add(new Problem(at, "POLICY_ON_NON_MOTOR_VEHICLE",
                        "motor insurance only covers motor vehicles: " + v.ref()));
            }
            v.commercialThirdParty().ifPresent(policy -> {
                if (policy.limit().signum() <= 0 || !Money.isWholeFen(policy.limit())) {
                    problems.add(new Problem(at + ".commercialThirdParty.limit", "LIMIT_INVALID",
                            "a commercial limit is a positive amount with at most 2 decimals: " + policy.limit()));
                }
            });
        }
        return vehicles;
    }

    private static Map<String, Party> checkParties(List<Party> list, Map<String, Vehicle> vehicles,
            List<Problem> problems) {
        Map<String, Party> partyOfVehicle = new HashMap<>();
        Set<String> refs = new HashSet<>();
        int total = 0;
        for (int i = 0; i < list.size(); i++) {
            Party p = list.get(i);
            String at = "parties[" + i + "]";
            if (p.ref() == null || p.ref().isBlank()) {
                problems.add(new Problem(at + ".ref", "REF_MISSING", "the party needs a reference"));
            } else if (!refs.add(p.ref())) {
                problems.add(new Problem(at + ".ref", "DUPLICATE_REF", "party " + p.ref() + " is listed twice"));
            }
            if (p.liabilityShare() < 0 || p.liabilityShare() > 100) {
                problems.add(new Problem(at + ".liabilityShare", "SHARE_OUT_OF_RANGE",
                        "a liability share is 0..100: " + p.liabilityShare()));
            }
            total += p.liabilityShare();
            Optional<String> vehicle = p.vehicleRef();
            if (vehicle.isPresent() && !vehicles.containsKey(vehicle.get())) {
                problems.add(new Problem(at + ".vehicleRef", "UNKNOWN_VEHICLE", "no vehicle " + vehicle.get()));
            } else if (vehicle.isPresent() && partyOfVehicle.putIfAbsent(vehicle.get(), p) != null) {
                problems.add(new Problem(at + ".vehicleRef", "VEHICLE_HAS_SEVERAL_PARTIES",
                        "vehicle " + vehicle.get() + " already has party " + partyOfVehicle.get(vehicle.get()).ref()));
            }
        }
        if (total != 100) {
            problems.add(new Problem("parties", "SHARES_NOT_100", "liability shares must add up to 100, they add up to "
                    + total + " (with no fault finding, the mediator or judge sets the shares; the calculator does not guess)"));
        }
        return partyOfVehicle;
    }

    private static void checkVictims(List<LossAssessment> victims, Map<String, Vehicle> vehicles,
            Map<String, Party> partyOfVehicle, List<Problem> problems) {
        Set<String> refs = new HashSet<>();
        for (int i = 0; i < victims.size(); i++) {
            LossAssessment victim = victims.get(i);
            String at = "victims[" + i + "]";
            AssessmentRules.check(victim).forEach(problem -> problems.add(problem.under(at)));
            if (victim.victimRef() != null && !refs.add(victim.victimRef())) {
                problems.add(new Problem(at + ".victimRef", "DUPLICATE_REF", "victim " + victim.victimRef() + " is listed twice"));
            }
            Optional<String> occupied = victim.role().occupiedVehicle();
            if (occupied.isPresent() && !vehicles.containsKey(occupied.get())) {
                problems.add(new Problem(at + ".role.vehicleRef", "UNKNOWN_VEHICLE", "no vehicle " + occupied.get()));
            }
            Party driver = occupied.map(partyOfVehicle::get).orElse(null);
            if (victim.role().kind() == VictimRole.Kind.DRIVER && driver != null
                    && !driver.ref().equals(victim.victimRef())) {
                problems.add(new Problem(at + ".victimRef", "DRIVER_IS_NOT_VEHICLE_PARTY", "the driver of "
                        + occupied.get() + " is party " + driver.ref() + ": use the party's ref as the victim's ref"));
            }
        }
    }
}
