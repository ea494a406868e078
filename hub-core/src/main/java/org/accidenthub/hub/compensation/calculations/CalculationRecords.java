package org.accidenthub.hub.compensation.calculations;

import java.math.BigDecimal;
import org.accidenthub.compensation.calculation.CompensationLine;
import org.accidenthub.compensation.calculation.CompensationResult;
import org.accidenthub.compensation.calculation.Payer;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.compensation.standards.CompulsoryLimitSet;
import org.accidenthub.compensation.standards.SubLimits;
import org.accidenthub.schemas.v1.Actor;
import org.accidenthub.schemas.v1.AssessmentUsed;
import org.accidenthub.schemas.v1.BucketTotal;
import org.accidenthub.schemas.v1.CalculatedItem;
import org.accidenthub.schemas.v1.CalculationParty;
import org.accidenthub.schemas.v1.CalculationVehicle;
import org.accidenthub.schemas.v1.CompensationBucket;
import org.accidenthub.schemas.v1.CompensationCalculation;
import org.accidenthub.schemas.v1.CompensationItemKind;
import org.accidenthub.schemas.v1.CompensationPayer;
import org.accidenthub.schemas.v1.CompensationPayerKind;
import org.accidenthub.schemas.v1.CompulsoryLimitsApplied;
import org.accidenthub.schemas.v1.CompulsorySharingRule;
import org.accidenthub.schemas.v1.DependantCapRule;
import org.accidenthub.schemas.v1.PayerLine;
import org.accidenthub.schemas.v1.PayerTotal;
import org.accidenthub.schemas.v1.StandardFigure;
import org.accidenthub.schemas.v1.SubLimitAmounts;
import org.accidenthub.schemas.v1.VictimTotal;

/**
 * A stored calculation as the canonical {@link CompensationCalculation} (payload of
 * COMPENSATION_CALCULATED, kept beside the JSON); every field of the result mapped. The module's
 * enums and the schema's share their symbols, and the schema's enums default to OTHER, so a symbol
 * added later is read by older consumers.
 */
final class CalculationRecords {

    private CalculationRecords() {
    }

    static CompensationCalculation of(Calculation calculation, StoredVersion stored) {
        CalculationBasis basis = calculation.basis();
        CompensationResult result = calculation.result();
        return CompensationCalculation.newBuilder()
                .setCalculationId(stored.calculationId().toString())
                .setCaseId(stored.caseId().toString())
                .setVersion(stored.version())
                .setCaseRevision(stored.caseRevision())
                .setCalculatedAt(stored.calculatedAt())
                .setCalculatedBy(Actor.newBuilder().setSubject(stored.by().subject()).setClientId(stored.by().clientId())
                        .setOrgType(stored.by().orgType().name()).setOrgCode(stored.by().orgCode()).build())
                .setAccidentDate(basis.accidentDate())
                .setProvince(basis.province().code())
                .setStatisticalYear(basis.statisticalYear())
                .setCompulsorySharing(CompulsorySharingRule.valueOf(basis.options().options().compulsorySharing().name()))
                .setDependantCap(DependantCapRule.valueOf(basis.options().options().dependantCap().name()))
                .setStandardsApplied(basis.figures().entrySet().stream()
                        .map(e -> new StandardFigure(e.getKey().code(), money(e.getValue()))).toList())
                .setLimitsApplied(limits(result.limitsApplied()))
                .setVehicles(basis.vehicles().stream().map(v -> new CalculationVehicle(v.ref(), v.motorVehicle(),
                        v.compulsoryInsurer().orElse(null), v.commercialThirdParty().map(p -> p.insurerCode()).orElse(null),
                        v.commercialThirdParty().map(p -> money(p.limit())).orElse(null),
                        v.commercialThirdParty().map(p -> p.coversMentalDistress()).orElse(false))).toList())
                .setParties(basis.parties().stream().map(p -> new CalculationParty(p.ref(), p.vehicleRef().orElse(null),
                        p.liabilityShare())).toList())
                .setAssessments(basis.assessmentVersions().entrySet().stream()
                        .map(e -> new AssessmentUsed(e.getKey(), e.getValue())).toList())
                .setItems(result.items().stream().map(CalculationRecords::item).toList())
                .setLines(result.lines().stream().map(CalculationRecords::line).toList())
                .setTotalsByPayer(result.totalsByPayer().entrySet().stream()
                        .map(e -> new PayerTotal(payer(e.getKey()), money(e.getValue()))).toList())
                .setTotalsByVictim(result.totalsByVictim().entrySet().stream()
                        .map(e -> new VictimTotal(e.getKey(), money(e.getValue()))).toList())
                .setTotalsByBucket(result.totalsByBucket().entrySet().stream()
                        .map(e -> new BucketTotal(CompensationBucket.valueOf(e.getKey().name()), money(e.getValue())))
                        .toList())
                .setTotal(money(result.total()))
                .build();
    }

    private static CompulsoryLimitsApplied limits(CompulsoryLimitSet set) {
        return new CompulsoryLimitsApplied(set.effectiveFrom(), subLimits(set.atFault()), subLimits(set.noFault()));
    }

    private static SubLimitAmounts subLimits(SubLimits limits) {
        return new SubLimitAmounts(money(limits.deathDisability()), money(limits.medical()), money(limits.property()));
    }

    private static CalculatedItem item(AssessedItem item) {
        return new CalculatedItem(item.victimRef(), CompensationItemKind.valueOf(item.item().name()),
                CompensationBucket.valueOf(item.bucket().name()), item.basis(), item.formula(), money(item.amount()));
    }

    private static PayerLine line(CompensationLine line) {
        return new PayerLine(line.victimRef(), CompensationItemKind.valueOf(line.item().name()),
                CompensationBucket.valueOf(line.bucket().name()), line.basis(), line.formula(), line.allocation(),
                money(line.amount()), payer(line.payer()));
    }

    private static CompensationPayer payer(Payer payer) {
        return new CompensationPayer(CompensationPayerKind.valueOf(payer.kind().name()), payer.partyRef(),
                payer.vehicleRef(), payer.insurerCode(), payer.label());
    }

    /** decimal(16, 2) takes exactly two places. */
    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2);
    }
}
