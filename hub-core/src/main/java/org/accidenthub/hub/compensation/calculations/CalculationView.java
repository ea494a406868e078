package org.accidenthub.hub.compensation.calculations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accidenthub.hub.compensation.standards.CompulsoryLimitsView;

/**
 * A calculation as the API shows it: what it was made from, every item, every line with who pays
 * it and why, and the totals. Money is decimal strings with two places. The first five fields
 * belong to a stored version of a case and are absent from a what-if.
 *
 * @param caseRevision     the case revision whose parties, vehicles and policies were used
 * @param standardsApplied every figure of the province and year at the time (item → amount)
 * @param limitsApplied    the compulsory-insurance limits in force on the accident date
 * @param lines            victim by victim, item by item, in the order the law calls on payers
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalculationView(String caseId, Integer version, Integer caseRevision, Instant calculatedAt,
        CalculatedBy calculatedBy, LocalDate accidentDate, String province, int statisticalYear, OptionsBody options,
        Map<String, String> standardsApplied, CompulsoryLimitsView limitsApplied, List<VehicleUsed> vehicles,
        List<PartyUsed> parties, List<VictimUsed> victims, List<ItemView> items, List<LineView> lines,
        Totals totals) {

    public record CalculatedBy(String orgType, String orgCode) {
    }

    /** A vehicle with the policies in force on the accident date. */
    public record VehicleUsed(String ref, boolean motorVehicle, String compulsoryInsurer, String commercialInsurer,
            String commercialLimit, boolean mentalDistressRider) {
    }

    public record PartyUsed(String ref, String vehicleRef, int liabilityShare) {
    }

    /** A victim with the version of its assessment used (absent in a what-if). */
    public record VictimUsed(String victimRef, String role, String vehicleRef, Integer assessmentVersion) {
    }

    /** One item of a victim's loss: the rule with its citation and sources, and the arithmetic. */
    public record ItemView(String victimRef, String item, String bucket, String basis, String formula, String amount) {
    }

    /** One payer's part of one item, with why this payer pays this part. */
    public record LineView(String victimRef, String item, String bucket, String basis, String formula,
            String allocation, String amount, PayerView payer) {
    }

    /** COMPULSORY_INSURER, COMMERCIAL_INSURER, SELF_PAY or VICTIM_OWN_SHARE (Civil Code art. 1213). */
    public record PayerView(String kind, String partyRef, String vehicleRef, String insurerCode, String label) {
    }

    /** Sums of lines, so that no total can drift from the lines by a fen. */
    public record Totals(String total, List<PayerTotal> byPayer, List<VictimTotal> byVictim,
            List<BucketTotal> byBucket) {
    }

    public record PayerTotal(PayerView payer, String amount) {
    }

    public record VictimTotal(String victimRef, String amount) {
    }

    public record BucketTotal(String bucket, String amount) {
    }
}
