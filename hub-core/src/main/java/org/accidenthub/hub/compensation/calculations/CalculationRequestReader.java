package org.accidenthub.hub.compensation.calculations;

import java.util.List;
import java.util.Map;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.standards.StandardsKey;

/**
 * Reads a {@link CalculationRequest}, every problem at its pointer. Some checks need the case (the
 * default province, the vehicles named in the options); they run once it is loaded.
 */
final class CalculationRequestReader {

    private final CalculationRequest request;
    private final BodyChecks checks = new BodyChecks();
    private final ProvinceCode province;
    private final Integer year;
    private final OptionsBody.Chosen options;

    private CalculationRequestReader(CalculationRequest request) {
        this.request = request;
        this.province = StandardsKey.province("/province", request.province(), checks);
        if (request.statisticalYear() == null) {
            checks.add("/statisticalYear", "REQUIRED", "the statistical year of the standards is required: the year"
                    + " before the first-instance court debate ends (SPC personal-injury interpretation art. 22)");
        }
        this.year = StandardsKey.year("/statisticalYear", request.statisticalYear(), checks);
        this.options = OptionsBody.read(request.options(), checks);
        if (request.liabilityShares() != null) {
            request.liabilityShares().forEach((ref, share) -> {
                if (share == null || share < 0 || share > 100) {
                    checks.add("/liabilityShares/" + ref, "SHARE_OUT_OF_RANGE", "a liability share is 0..100: " + share);
                }
            });
        }
    }

    static CalculationRequestReader of(CalculationRequest request) {
        return new CalculationRequestReader(request == null ? new CalculationRequest(null, null, null, null) : request);
    }

    /** The province given, else the province of the case's division code (SPC art. 22: the court's region, usually). */
    ProvinceCode province(CaseFacts facts) {
        if (province != null || request.province() != null) {
            return province;
        }
        String division = facts.kase().divisionCode;
        if (division == null || !division.matches("[1-9]\\d{5}")) {
            checks.add("/province", "PROVINCE_REQUIRED",
                    "the case has no division code to take the province from; give the province");
            return null;
        }
        return ProvinceCode.provinceOf(division);
    }

    /** A rider can only be on a vehicle of the case that has a commercial third-party policy. */
    void checkRiders(CaseFacts facts) {
        List<String> riders = List.copyOf(options.riderVehicles());
        for (int i = 0; i < riders.size(); i++) {
            String ref = riders.get(i);
            String at = "/options/mentalDistressRiderVehicles/" + i;
            var vehicle = facts.vehicles().stream().filter(v -> v.ref.equals(ref)).findFirst();
            if (vehicle.isEmpty()) {
                checks.add(at, "UNKNOWN_VEHICLE", "the case has no vehicle " + ref);
            } else if (facts.policies().stream().noneMatch(p -> p.vehicleId.equals(vehicle.get().id)
                    && "COMMERCIAL_THIRD_PARTY".equals(p.kind))) {
                checks.add(at, "NO_COMMERCIAL_POLICY", "vehicle " + ref + " has no commercial third-party policy");
            }
        }
    }

    /** A share can only be set for a party of the case. */
    void checkShares(CaseFacts facts) {
        liabilityShares().keySet().stream().filter(ref -> facts.party(ref).isEmpty()).forEach(ref -> checks.add(
                "/liabilityShares/" + ref, "UNKNOWN_PARTY", "the case has no party " + ref
                        + " (parties: " + String.join(", ", facts.partyRefs()) + ")"));
    }

    /** The shares set by the caller, by party ref (empty: the case's shares apply). */
    Map<String, Integer> liabilityShares() {
        return request.liabilityShares() == null ? Map.of() : request.liabilityShares();
    }

    BodyChecks checks() {
        return checks;
    }

    Integer year() {
        return year;
    }

    OptionsBody.Chosen options() {
        return options;
    }
}
