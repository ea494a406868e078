package org.accidenthub.hub.compensation.calculations;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.calculation.CompensationLine;
import org.accidenthub.compensation.calculation.CompensationResult;
import org.accidenthub.compensation.calculation.Payer;
import org.accidenthub.compensation.calculation.Vehicle;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.compensation.calculations.CalculationView.BucketTotal;
import org.accidenthub.hub.compensation.calculations.CalculationView.CalculatedBy;
import org.accidenthub.hub.compensation.calculations.CalculationView.ItemView;
import org.accidenthub.hub.compensation.calculations.CalculationView.LineView;
import org.accidenthub.hub.compensation.calculations.CalculationView.PartyUsed;
import org.accidenthub.hub.compensation.calculations.CalculationView.PayerTotal;
import org.accidenthub.hub.compensation.calculations.CalculationView.PayerView;
import org.accidenthub.hub.compensation.calculations.CalculationView.Totals;
import org.accidenthub.hub.compensation.calculations.CalculationView.VehicleUsed;
import org.accidenthub.hub.compensation.calculations.CalculationView.VictimTotal;
import org.accidenthub.hub.compensation.calculations.CalculationView.VictimUsed;
import org.accidenthub.hub.compensation.standards.CompulsoryLimitsView;

/** A {@link Calculation} as the API shows it; every field of the result mapped. */
final class CalculationViews {

    private CalculationViews() {
    }

    /** @param stored the version it was kept as, or null for a what-if */
    static CalculationView of(Calculation calculation, StoredVersion stored) {
        CalculationBasis basis = calculation.basis();
        CompensationResult result = calculation.result();
        Map<String, String> figures = new TreeMap<>();
        basis.figures().forEach((item, amount) -> figures.put(item.code(), Amounts.format(amount)));
        return new CalculationView(
                stored == null ? null : stored.caseId().toString(),
                stored == null ? null : stored.version(),
                stored == null ? null : stored.caseRevision(),
                stored == null ? null : stored.calculatedAt(),
                stored == null ? null : new CalculatedBy(stored.by().orgType().name(), stored.by().orgCode()),
                basis.accidentDate(), basis.province().code(), basis.statisticalYear(), OptionsBody.of(basis.options()),
                figures, CompulsoryLimitsView.of(result.limitsApplied()),
                basis.vehicles().stream().map(v -> vehicle(v)).toList(),
                basis.parties().stream().map(p -> new PartyUsed(p.ref(), p.vehicleRef().orElse(null), p.liabilityShare()))
                        .toList(),
                basis.victims().stream().map(v -> victim(v, basis)).toList(),
                result.items().stream().map(CalculationViews::item).toList(),
                result.lines().stream().map(CalculationViews::line).toList(),
                totals(result));
    }

    static PayerView payer(Payer payer) {
        return new PayerView(payer.kind().name(), payer.partyRef(), payer.vehicleRef(), payer.insurerCode(),
                payer.label());
    }

    private static VehicleUsed vehicle(Vehicle vehicle) {
        return new VehicleUsed(vehicle.ref(), vehicle.motorVehicle(), vehicle.compulsoryInsurer().orElse(null),
                vehicle.commercialThirdParty().map(p -> p.insurerCode()).orElse(null),
                vehicle.commercialThirdParty().map(p -> Amounts.format(p.limit())).orElse(null),
                vehicle.commercialThirdParty().map(p -> p.coversMentalDistress()).orElse(false));
    }

    private static VictimUsed victim(LossAssessment victim, CalculationBasis basis) {
        return new VictimUsed(victim.victimRef(), victim.role().kind().name(),
                victim.role().occupiedVehicle().orElse(null), basis.assessmentVersions().get(victim.victimRef()));
    }

    private static ItemView item(AssessedItem item) {
        return new ItemView(item.victimRef(), item.item().name(), item.bucket().name(), item.basis(), item.formula(),
                Amounts.format(item.amount()));
    }

    private static LineView line(CompensationLine line) {
        return new LineView(line.victimRef(), line.item().name(), line.bucket().name(), line.basis(), line.formula(),
                line.allocation(), Amounts.format(line.amount()), payer(line.payer()));
    }

    private static Totals totals(CompensationResult result) {
        List<PayerTotal> byPayer = result.totalsByPayer().entrySet().stream()
                .map(e -> new PayerTotal(payer(e.getKey()), Amounts.format(e.getValue()))).toList();
        List<VictimTotal> byVictim = result.totalsByVictim().entrySet().stream()
                .map(e -> new VictimTotal(e.getKey(), Amounts.format(e.getValue()))).toList();
        List<BucketTotal> byBucket = result.totalsByBucket().entrySet().stream()
                .map(e -> new BucketTotal(e.getKey().name(), Amounts.format(e.getValue()))).toList();
        return new Totals(Amounts.format(result.total()), byPayer, byVictim, byBucket);
    }
}
