package org.accidenthub.hub.compensation.calculations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.calculation.CommercialPolicy;
import org.accidenthub.compensation.calculation.Party;
import org.accidenthub.compensation.calculation.Vehicle;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CasePolicy;
import org.accidenthub.hub.cases.CaseVehicle;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.assessments.AssessmentBody;
import org.accidenthub.hub.compensation.assessments.AssessmentReader;
import org.accidenthub.hub.compensation.assessments.LossAssessmentRow;
import org.accidenthub.hub.compensation.assessments.VictimRoles;

/**
 * The calculator's input made from a case: the accident date from the case; every vehicle with
 * the policies in force on that date (a compulsory policy not in force leaves the vehicle
 * uninsured, so its party pays within the compulsory limits: SPC road-traffic interpretation
 * art. 16); every party with a liability share (drivers, pedestrians, cyclists — passengers and
 * owners bear none), a driver's or cyclist's with the vehicle it answers for; the victims from the
 * newest stored assessments, with their role and vehicle from the case. Shares the caller sets
 * replace the case's (and make a party without one liable): the mediator or judge decides them
 * when the police could only certify the accident.
 */
final class CaseBasis {

    private final CaseFacts facts;
    private final Map<String, Integer> sharesSet;
    private final List<Problem> unreadable = new ArrayList<>();
    private final List<CaseParty> liable;
    private final List<String> victimRefs = new ArrayList<>();

    private CaseBasis(CaseFacts facts, Map<String, Integer> sharesSet) {
        this.facts = facts;
        this.sharesSet = sharesSet;
        this.liable = facts.parties().stream()
                .filter(p -> p.responsibilityShare != null || sharesSet.containsKey(p.ref)).toList();
    }

    /** @param sharesSet shares set by the caller, by party ref; they replace the case's */
    static CaseBasis of(CaseFacts facts, Map<String, Integer> sharesSet) {
        return new CaseBasis(facts, sharesSet);
    }

    /** What could not be read from the stored assessments (normally nothing: they were checked when entered). */
    List<Problem> unreadable() {
        return unreadable;
    }

    CalculationBasis basis(ProvinceCode province, int year, OptionsBody.Chosen options,
            Map<StandardItem, BigDecimal> figures, List<LossAssessmentRow> rows, List<AssessmentBody> bodies) {
        List<LossAssessment> victims = new ArrayList<>();
        Map<String, Integer> versions = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            LossAssessmentRow row = rows.get(i);
            Optional<CaseParty> party = facts.party(row.victimRef);
            if (party.isEmpty()) {
                unreadable.add(new Problem("/assessments/" + row.victimRef, "VICTIM_NOT_A_PARTY", "the current revision"
                        + " of the case has no party " + row.victimRef + " any more; its assessment cannot be used"));
                continue;
            }
            AssessmentReader.Read read = AssessmentReader.read(bodies.get(i), row.victimRef,
                    VictimRoles.of(party.get()), pointer -> "/assessments/" + row.victimRef + pointer);
            unreadable.addAll(read.unreadable());
            victims.add(read.assessment());
            victimRefs.add(row.victimRef);
            versions.put(row.victimRef, row.version);
        }
        LocalDate date = facts.accidentDate();
        return new CalculationBasis(date, province, year, options, figures, vehicles(date, options.riderVehicles()),
                liable.stream().map(this::party).toList(), victims, versions);
    }

    /**
     * The module reports problems at its own paths; they point into the case
     * ({@code /case/parties/1/responsibilityShare}) or into a stored assessment
     * ({@code /assessments/P2/age}).
     */
    String locate(String pointer) {
        String[] s = pointer.split("/", -1);
        if (s.length < 2) {
            return pointer;
        }
        return switch (s[1]) {
            case "vehicles" -> s.length < 3 ? "/case/vehicles"
                    : "/case/vehicles/" + s[2] + (s.length > 3 && s[3].equals("commercialThirdParty") ? "/policies"
                            : rest(s, 3));
            case "parties" -> s.length < 3 ? (sharesSet.isEmpty() ? "/case/parties" : "/liabilityShares")
                    : party(liable.get(Integer.parseInt(s[2])), rest(s, 3));
            case "victims" -> s.length < 3 ? "/assessments" : victim(s);
            default -> pointer;
        };
    }

    private String party(CaseParty party, String rest) {
        if (rest.equals("/liabilityShare")) {
            return sharesSet.containsKey(party.ref) ? "/liabilityShares/" + party.ref
                    : "/case/parties/" + caseIndex(party) + "/responsibilityShare";
        }
        return "/case/parties/" + caseIndex(party) + rest;
    }

    private String victim(String[] s) {
        String ref = victimRefs.get(Integer.parseInt(s[2]));
        if (s.length > 3 && s[3].equals("role")) {
            return "/case/parties/" + caseIndex(facts.party(ref).orElseThrow()) + "/vehicleRef";
        }
        return "/assessments/" + ref + (s.length > 3 && s[3].equals("victimRef") ? "" : rest(s, 3));
    }

    private static String rest(String[] s, int from) {
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < s.length; i++) {
            rest.append('/').append(s[i]);
        }
        return rest.toString();
    }

    private int caseIndex(CaseParty party) {
        return facts.parties().indexOf(party);
    }

    private List<Vehicle> vehicles(LocalDate date, Set<String> riders) {
        return facts.vehicles().stream().map(v -> vehicle(v, date, riders.contains(v.ref))).toList();
    }

    private Vehicle vehicle(CaseVehicle row, LocalDate date, boolean rider) {
        if (!row.motorVehicle) {
            return Vehicle.nonMotor(row.ref);
        }
        Vehicle vehicle = Vehicle.motor(row.ref);
        List<CasePolicy> inForce = facts.policies().stream()
                .filter(p -> p.vehicleId.equals(row.id) && !date.isBefore(p.validFrom) && !date.isAfter(p.validTo))
                .toList();
        Optional<CasePolicy> compulsory = inForce.stream().filter(p -> "COMPULSORY".equals(p.kind)).findFirst();
        Optional<CasePolicy> commercial = inForce.stream()
                .filter(p -> "COMMERCIAL_THIRD_PARTY".equals(p.kind) && p.coverLimit != null).findFirst();
        if (compulsory.isPresent()) {
            vehicle = vehicle.withCompulsory(compulsory.get().insurerCode);
        }
        if (commercial.isPresent()) {
            CommercialPolicy policy = CommercialPolicy.of(commercial.get().insurerCode, commercial.get().coverLimit);
            vehicle = vehicle.withCommercialThirdParty(rider ? policy.withMentalDistressRider() : policy);
        }
        return vehicle;
    }

    private Party party(CaseParty party) {
        boolean answersForVehicle = "DRIVER".equals(party.role) || "CYCLIST".equals(party.role);
        return new Party(party.ref, Optional.ofNullable(answersForVehicle ? party.vehicleRef : null),
                sharesSet.getOrDefault(party.ref, party.responsibilityShare));
    }
}
