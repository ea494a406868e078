package org.accidenthub.hub.compensation.assessments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.accidenthub.compensation.assessment.AssessmentRules;
import org.accidenthub.compensation.assessment.Dependant;
import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.ProblemPaths;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.DependantBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.DisabilityBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.LostIncomeBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.NursingBody;
import org.accidenthub.hub.compensation.assessments.AssessmentBody.ReceiptBody;

/**
 * Turns an {@link AssessmentBody} into the module's {@link LossAssessment} and lists every problem:
 * first what cannot be read (an amount without two places, a missing number), then what the
 * module's {@link AssessmentRules} find (age needed for disability, a minor aged 19, ...), each at
 * its JSON pointer. A value reported as unreadable is not reported again by the rules.
 */
public final class AssessmentReader {

    /** An explicit disability coefficient: up to 6 decimals (the canonical record keeps 6). */
    private static final Pattern COEFFICIENT = Pattern.compile("[0-9](\\.[0-9]{1,6})?");
    private static final int MAX_REFERENCE = 64;
    private static final int MAX_TRADE = 60;
    private static final int MAX_NOTE = 2000;
    /** The fields that state a loss; at least one of them must be given. */
    static final List<String> LOSS_ITEMS = List.of("/died", "/disability", "/medicalReceipts", "/followUpTreatment",
            "/lostIncome", "/nursing", "/transport", "/hospitalDays", "/nutrition", "/disabilityAids", "/dependants",
            "/mentalDistress", "/propertyLoss");

    /**
     * The assessment as read.
     *
     * @param assessment the module's input (check {@code problems} before using it)
     * @param note       the note, stripped
     * @param unreadable what could not be read (malformed or missing values)
     * @param problems   every problem, the unreadable ones and what the module's rules find;
     *                   empty when the assessment can be calculated
     */
    public record Read(LossAssessment assessment, String note, List<Problem> unreadable, List<Problem> problems) {
    }

    private AssessmentReader() {
    }

    /**
     * @param locate maps a pointer relative to the body ({@code /age}; and {@code /victimRef},
     *               {@code /role/vehicleRef} for what the module finds about the victim) to the
     *               pointer the caller sees
     */
    public static Read read(AssessmentBody body, String victimRef, VictimRole role, UnaryOperator<String> locate) {
        BodyChecks checks = new BodyChecks();
        LossAssessment.Builder built = LossAssessment.of(victimRef, role);
        if (body.age() != null) {
            built.age(body.age());
        }
        if (Boolean.TRUE.equals(body.died())) {
            built.died();
        }
        if (body.disability() != null) {
            built.disability(disability(body.disability(), checks, locate));
        }
        receipts(body.medicalReceipts(), built, checks, locate);
        built.followUpTreatment(amount("/followUpTreatment", body.followUpTreatment(), checks, locate))
                .transport(amount("/transport", body.transport(), checks, locate))
                .hospitalDays(body.hospitalDays() == null ? 0 : body.hospitalDays())
                .nutrition(amount("/nutrition", body.nutrition(), checks, locate))
                .disabilityAids(amount("/disabilityAids", body.disabilityAids(), checks, locate))
                .mentalDistress(amount("/mentalDistress", body.mentalDistress(), checks, locate))
                .propertyLoss(amount("/propertyLoss", body.propertyLoss(), checks, locate));
        if (body.lostIncome() != null) {
            built.lostIncome(lostIncome(body.lostIncome(), checks, locate));
        }
        if (body.nursing() != null) {
            nursing(body.nursing(), built, checks, locate);
        }
        dependants(body.dependants(), built, checks, locate);
        if (Boolean.TRUE.equals(body.mentalDistressFirstFromCompulsory())) {
            built.mentalDistressFirstFromCompulsory();
        }
        String note = checks.text(locate.apply("/note"), body.note(), MAX_NOTE);
        if (statesNoLoss(body)) {
            // an assessment says what the victim lost (SPC arts. 6-17, Civil Code arts. 1183-1184); "{}" says nothing,
            // and stored it would count as a victim who lost nothing at all
            LOSS_ITEMS.forEach(item -> checks.add(locate.apply(item), "ONE_OF_REQUIRED",
                    "an assessment states at least one loss item; none of " + LOSS_ITEMS + " was given"));
        }
        LossAssessment assessment = built.build();
        List<Problem> unreadable = checks.problems();
        List<Problem> problems = new ArrayList<>(unreadable);
        problems.addAll(ProblemPaths.without(ProblemPaths.of(AssessmentRules.check(assessment), locate), unreadable));
        return new Read(assessment, note, unreadable, problems);
    }

    private static boolean statesNoLoss(AssessmentBody body) {
        return !Boolean.TRUE.equals(body.died()) && body.disability() == null && body.medicalReceipts() == null
                && body.followUpTreatment() == null && body.lostIncome() == null && body.nursing() == null
                && body.transport() == null && body.hospitalDays() == null && body.nutrition() == null
                && body.disabilityAids() == null && body.dependants() == null && body.mentalDistress() == null
                && body.propertyLoss() == null;
    }

    private static Disability disability(DisabilityBody body, BodyChecks checks, UnaryOperator<String> locate) {
        BigDecimal coefficient = null;
        if (body.coefficient() != null) {
            if (COEFFICIENT.matcher(body.coefficient()).matches()) {
                coefficient = new BigDecimal(body.coefficient());
            } else {
                checks.add(locate.apply("/disability/coefficient"), "PATTERN_MISMATCH",
                        "a coefficient is a decimal string with up to 6 decimals, such as \"0.35\": " + body.coefficient());
            }
        }
        return new Disability(body.grade(), coefficient);
    }

    private static void receipts(List<ReceiptBody> receipts, LossAssessment.Builder built, BodyChecks checks,
            UnaryOperator<String> locate) {
        if (receipts == null) {
            return;
        }
        for (int i = 0; i < receipts.size(); i++) {
            ReceiptBody receipt = receipts.get(i);
            String at = "/medicalReceipts/" + i;
            if (receipt == null) {
                checks.add(locate.apply(at), "REQUIRED", "a receipt has a reference and an amount");
                continue;
            }
            String reference = checks.text(locate.apply(at + "/reference"), receipt.reference(), MAX_REFERENCE);
            if (receipt.reference() == null || receipt.reference().isBlank()) {
                checks.add(locate.apply(at + "/reference"), "REQUIRED", "the receipt's number or a short description");
            }
            BigDecimal amount = checks.amount(locate.apply(at + "/amount"), receipt.amount());
            if (reference != null && amount != null) {
                built.medicalReceipt(reference, amount);
            }
        }
    }

    private static LostIncome lostIncome(LostIncomeBody body, BodyChecks checks, UnaryOperator<String> locate) {
        Integer days = checks.required(locate.apply("/lostIncome/daysOff"), body.daysOff());
        BigDecimal daily = body.dailyIncome() == null ? null
                : checks.amount(locate.apply("/lostIncome/dailyIncome"), body.dailyIncome());
        String trade = checks.text(locate.apply("/lostIncome/trade"), body.trade(), MAX_TRADE);
        return new LostIncome(days == null ? 0 : days, daily, trade);
    }

    private static void nursing(NursingBody body, LossAssessment.Builder built, BodyChecks checks,
            UnaryOperator<String> locate) {
        BigDecimal rate = checks.amount(locate.apply("/nursing/dailyRate"), body.dailyRate());
        Integer days = checks.required(locate.apply("/nursing/days"), body.days());
        built.nursing(rate, days == null ? 0 : days, body.carers() == null ? 1 : body.carers());
    }

    private static void dependants(List<DependantBody> dependants, LossAssessment.Builder built, BodyChecks checks,
            UnaryOperator<String> locate) {
        if (dependants == null) {
            return;
        }
        for (int i = 0; i < dependants.size(); i++) {
            DependantBody dependant = dependants.get(i);
            String at = "/dependants/" + i;
            if (dependant == null) {
                checks.add(locate.apply(at), "REQUIRED", "a dependant has a ref, kind, age and supporters");
                continue;
            }
            String ref = checks.text(locate.apply(at + "/ref"), dependant.ref(), MAX_REFERENCE);
            Dependant.Kind kind = checks.oneOf(locate.apply(at + "/kind"), dependant.kind(), Dependant.Kind.class, null);
            Integer age = checks.required(locate.apply(at + "/age"), dependant.age());
            Integer supporters = checks.required(locate.apply(at + "/supporters"), dependant.supporters());
            built.dependant(new Dependant(ref, kind, age == null ? 0 : age, supporters == null ? 1 : supporters));
        }
    }

    private static BigDecimal amount(String at, String value, BodyChecks checks, UnaryOperator<String> locate) {
        BigDecimal amount = checks.amountOrZero(locate.apply(at), value);
        return amount == null ? Amounts.ZERO : amount;
    }
}
