package org.accidenthub.hub.compensation.calculations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.calculation.CommercialPolicy;
import org.accidenthub.compensation.calculation.Party;
import org.accidenthub.compensation.calculation.Vehicle;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.StandardItem;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.assessments.AssessmentBody;
import org.accidenthub.hub.compensation.assessments.AssessmentReader;
import org.accidenthub.hub.compensation.calculations.WhatIfRequest.PartyBody;
import org.accidenthub.hub.compensation.calculations.WhatIfRequest.VehicleBody;
import org.accidenthub.hub.compensation.calculations.WhatIfRequest.VictimBody;
import org.accidenthub.hub.compensation.standards.StandardsKey;

/**
 * Reads a {@link WhatIfRequest} into the calculator's input, recording what cannot be read at its
 * pointer. Values that cannot be read are replaced by placeholders so that the module can still
 * check everything else; nothing is calculated while any problem is recorded.
 */
final class WhatIfReader {

    private static final AssessmentBody NOTHING_CLAIMED = new AssessmentBody(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null);

    private final BodyChecks checks = new BodyChecks();
    private final LocalDate accidentDate;
    private final ProvinceCode province;
    private final Integer year;
    private final Map<StandardItem, BigDecimal> inlineFigures;
    private final OptionsBody.Chosen options;
    private final List<Vehicle> vehicles;
    private final List<Party> parties;
    private final List<LossAssessment> victims;

    WhatIfReader(WhatIfRequest request) {
        accidentDate = date(request.accidentDate());
        province = required("/province", request.province(), StandardsKey.province("/province", request.province(), checks));
        year = required("/statisticalYear", request.statisticalYear(),
                StandardsKey.year("/statisticalYear", request.statisticalYear(), checks));
        inlineFigures = request.standards() == null ? null : figures(request.standards());
        options = OptionsBody.read(request.options(), checks);
        vehicles = vehicles(request.vehicles());
        parties = parties(request.parties());
        victims = victims(request.victims());
        checkRiders(request.vehicles());
    }

    /** The figures given in the request, or empty when the stored standards are to be used. */
    Optional<Map<StandardItem, BigDecimal>> inlineFigures() {
        return Optional.ofNullable(inlineFigures);
    }

    /** Whether the stored standards can be looked up (province and year were read). */
    boolean keyed() {
        return province != null && year != null;
    }

    ProvinceCode province() {
        return province;
    }

    Integer year() {
        return year;
    }

    BodyChecks checks() {
        return checks;
    }

    CalculationBasis basis(Map<StandardItem, BigDecimal> figures) {
        return new CalculationBasis(accidentDate == null ? LocalDate.EPOCH : accidentDate,
                province == null ? ProvinceCode.of("110000") : province, year == null ? 0 : year, options, figures,
                vehicles, parties, victims, Map.of());
    }

    /** The module's pointers point into this body, except the victims' items, which sit under {@code assessment}. */
    static String locate(String pointer) {
        String[] s = pointer.split("/", -1);
        if (s.length < 4 || !s[1].equals("victims")) {
            return pointer;
        }
        String victim = "/victims/" + s[2];
        if (s[3].equals("victimRef")) {
            return victim + "/victimRef";
        }
        if (s[3].equals("role")) {
            return victim + "/vehicleRef";
        }
        return victim + "/assessment" + pointer.substring(victim.length());
    }

    private LocalDate date(String text) {
        if (text == null) {
            checks.add("/accidentDate", "REQUIRED", "the accident date (YYYY-MM-DD) decides the compulsory limits");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            checks.add("/accidentDate", "INVALID_DATE", "a date is YYYY-MM-DD: " + text);
            return null;
        }
    }

    private <T> T required(String at, Object given, T read) {
        if (given == null) {
            checks.add(at, "REQUIRED", "required");
        }
        return read;
    }

    private Map<StandardItem, BigDecimal> figures(Map<String, String> given) {
        Map<StandardItem, BigDecimal> figures = new TreeMap<>((a, b) -> a.code().compareTo(b.code()));
        given.forEach((code, text) -> {
            String at = "/standards/" + code.replace("~", "~0").replace("/", "~1");
            if (!StandardItem.isValid(code)) {
                checks.add(at, "ITEM_INVALID", "an item is an UPPER_SNAKE code such as AVERAGE_EMPLOYEE_WAGE: " + code);
            }
            BigDecimal amount = checks.amount(at, text);
            if (StandardItem.isValid(code) && amount != null) {
                figures.put(new StandardItem(code), amount);
            }
        });
        return figures;
    }

    private List<Vehicle> vehicles(List<VehicleBody> bodies) {
        List<Vehicle> read = new ArrayList<>();
        for (int i = 0; bodies != null && i < bodies.size(); i++) {
            VehicleBody body = bodies.get(i) == null ? new VehicleBody(null, null, null, null) : bodies.get(i);
            Vehicle vehicle = Boolean.FALSE.equals(body.motorVehicle()) ? Vehicle.nonMotor(body.ref())
                    : Vehicle.motor(body.ref());
            if (body.compulsoryInsurer() != null) {
                vehicle = vehicle.withCompulsory(body.compulsoryInsurer());
            }
            if (body.commercialThirdParty() != null) {
                String at = "/vehicles/" + i + "/commercialThirdParty";
                String insurer = body.commercialThirdParty().insurerCode();
                if (insurer == null || insurer.isBlank()) {
                    checks.add(at + "/insurerCode", "REQUIRED", "the commercial insurer is required");
                }
                BigDecimal limit = checks.amount(at + "/limit", body.commercialThirdParty().limit());
                vehicle = vehicle.withCommercialThirdParty(CommercialPolicy.of(insurer == null ? "" : insurer,
                        limit == null ? Amounts.ZERO : limit));
            }
            read.add(vehicle);
        }
        return read;
    }

    private List<Party> parties(List<PartyBody> bodies) {
        List<Party> read = new ArrayList<>();
        for (int i = 0; bodies != null && i < bodies.size(); i++) {
            PartyBody body = bodies.get(i) == null ? new PartyBody(null, null, null) : bodies.get(i);
            Integer share = checks.required("/parties/" + i + "/liabilityShare", body.liabilityShare());
            read.add(new Party(body.ref(), Optional.ofNullable(body.vehicleRef()), share == null ? 0 : share));
        }
        return read;
    }

    private List<LossAssessment> victims(List<VictimBody> bodies) {
        List<LossAssessment> read = new ArrayList<>();
        if (bodies == null || bodies.isEmpty()) {
            checks.add("/victims", "REQUIRED", "give at least one victim with its assessment");
            return read;
        }
        for (int i = 0; i < bodies.size(); i++) {
            String at = "/victims/" + i;
            VictimBody body = bodies.get(i) == null ? new VictimBody(null, null, null, null) : bodies.get(i);
            VictimRole.Kind kind = checks.oneOf(at + "/role", body.role(), VictimRole.Kind.class, null);
            if (body.role() == null) {
                checks.add(at + "/role", "REQUIRED", "DRIVER, PASSENGER, PEDESTRIAN, CYCLIST or OTHER");
            }
            if (body.assessment() == null) {
                checks.add(at + "/assessment", "REQUIRED", "the victim's assessment");
            }
            AssessmentReader.Read victim = AssessmentReader.read(
                    body.assessment() == null ? NOTHING_CLAIMED : body.assessment(), body.victimRef(),
                    new VictimRole(kind == null ? VictimRole.Kind.OTHER : kind, body.vehicleRef()),
                    pointer -> at + "/assessment" + pointer);
            checks.addAll(victim.unreadable());
            read.add(victim.assessment());
        }
        return read;
    }

    private void checkRiders(List<VehicleBody> bodies) {
        List<String> riders = List.copyOf(options.riderVehicles());
        for (int i = 0; i < riders.size(); i++) {
            String ref = riders.get(i);
            boolean covered = bodies != null && bodies.stream()
                    .anyMatch(v -> v != null && ref.equals(v.ref()) && v.commercialThirdParty() != null);
            if (!covered) {
                checks.add("/options/mentalDistressRiderVehicles/" + i, "NO_COMMERCIAL_POLICY",
                        "no vehicle " + ref + " with a commercial third-party policy");
            }
        }
    }
}
