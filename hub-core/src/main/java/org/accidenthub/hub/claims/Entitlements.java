package org.accidenthub.hub.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.CaseModel;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CasePolicy;
import org.accidenthub.hub.cases.CaseVehicle;
import org.accidenthub.hub.claims.Entitlement.CoveredBy;

/**
 * Who may claim from which insurer, from the parties, vehicles and policies of a revision
 * (domain reference §6; docs/CLAIMS.md "Who gets a claim").
 *
 * <p>Victims: every party injured or killed, and the owner (else the driver or rider) of each
 * damaged vehicle for the property loss. Liable for a victim (Civil Code art. 1213; Road Traffic
 * Safety Law art. 76): the compulsory insurer of every involved motor vehicle, regardless of
 * fault, and the commercial third-party insurer of the vehicle of every other party with a
 * responsibility share above 0 — never the policies of the victim's own vehicle: its driver,
 * occupants and insured are not third parties of it (Regulations on Compulsory Motor Vehicle
 * Traffic Accident Liability Insurance, art. 3).
 */
public final class Entitlements {

    private static final Set<String> HARMED = Set.of("MINOR", "SERIOUS", "FATAL");
    private static final Set<String> UNDAMAGED = Set.of("NONE");
    /** Who answers for a damaged vehicle's loss when no OWNER party names it: whoever drove or rode it. */
    private static final Set<String> IN_CHARGE = Set.of("DRIVER", "CYCLIST");

    private Entitlements() {
    }

    public static List<Entitlement> of(CaseModel model) {
        Map<UUID, CaseVehicle> vehicles = model.vehicles().stream()
                .collect(Collectors.toMap(v -> v.id, Function.identity()));
        List<Entitlement> entitlements = new ArrayList<>();
        for (CaseParty party : model.parties()) {
            boolean injured = HARMED.contains(party.injury);
            CaseVehicle damaged = damagedVehicleOf(party, model);
            if (!injured && damaged == null) {
                continue;
            }
            Set<String> atFaultVehicles = atFaultVehiclesOtherThan(party, model.parties());
            Map<String, List<CoveredBy>> byInsurer = new LinkedHashMap<>();
            for (CasePolicy policy : model.policies()) {
                CaseVehicle vehicle = vehicles.get(policy.vehicleId);
                if (liable(policy, vehicle, party, atFaultVehicles)) {
                    byInsurer.computeIfAbsent(policy.insurerCode, code -> new ArrayList<>())
                            .add(new CoveredBy(policy, vehicle));
                }
            }
            byInsurer.forEach((insurer, covers) -> entitlements.add(
                    new Entitlement(party, injured, damaged, insurer, List.copyOf(covers))));
        }
        return entitlements;
    }

    private static boolean liable(CasePolicy policy, CaseVehicle vehicle, CaseParty victim,
            Set<String> atFaultVehicles) {
        if (vehicle.ref.equals(victim.vehicleRef)) {
            return false; // not a third party of the vehicle one drove, rode in or owns
        }
        return switch (policy.kind) {
            // art. 1213 (1): compulsory insurance pays first, whatever the fault
            case "COMPULSORY" -> vehicle.motorVehicle;
            // art. 1213 (2): the rest by liability share, through the at-fault vehicle's commercial cover
            case "COMMERCIAL_THIRD_PARTY" -> atFaultVehicles.contains(vehicle.ref);
            default -> false;
        };
    }

    /** The vehicles of the parties other than the victim that bear a share of the responsibility. */
    private static Set<String> atFaultVehiclesOtherThan(CaseParty victim, List<CaseParty> parties) {
        return parties.stream()
                .filter(p -> p != victim && p.vehicleRef != null)
                .filter(p -> p.responsibilityShare != null && p.responsibilityShare > 0)
                .map(p -> p.vehicleRef)
                .collect(Collectors.toSet());
    }

    /** The damaged vehicle whose loss this party claims: as its OWNER party, else as its driver or rider. */
    private static CaseVehicle damagedVehicleOf(CaseParty party, CaseModel model) {
        if (party.vehicleRef == null) {
            return null;
        }
        CaseVehicle vehicle = model.vehicles().stream().filter(v -> v.ref.equals(party.vehicleRef)).findFirst()
                .orElse(null);
        if (vehicle == null || vehicle.damage == null || UNDAMAGED.contains(vehicle.damage)) {
            return null;
        }
        boolean hasOwnerParty = model.parties().stream()
                .anyMatch(p -> "OWNER".equals(p.role) && vehicle.ref.equals(p.vehicleRef));
        boolean claimsIt = hasOwnerParty ? "OWNER".equals(party.role) : IN_CHARGE.contains(party.role);
        return claimsIt ? vehicle : null;
    }
}
