package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.compensation.Problem;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.StandardItem;

/**
 * Checks a {@link LossAssessment} and reports every problem, not just the first (paths are
 * relative to the assessment, e.g. {@code dependants[1].age}).
 */
public final class AssessmentRules {

    private static final int MAX_AGE = 150;

    private AssessmentRules() {
    }

    /** Every problem of the assessment; empty when it can be calculated. */
    public static List<Problem> check(LossAssessment a) {
        List<Problem> problems = new ArrayList<>();
        if (a.victimRef() == null || a.victimRef().isBlank()) {
            problems.add(new Problem("victimRef", "VICTIM_REF_MISSING", "the victim needs a reference"));
        }
        VictimRole.Kind kind = a.role().kind();
        boolean inVehicle = kind == VictimRole.Kind.DRIVER || kind == VictimRole.Kind.PASSENGER;
        if (inVehicle && (a.role().vehicleRef() == null || a.role().vehicleRef().isBlank())) {
            problems.add(new Problem("role.vehicleRef", "VEHICLE_REF_MISSING",
                    "a " + kind.name().toLowerCase() + " must name the vehicle they were in"));
        }
        checkAgeAndOutcome(a, problems);
        for (int i = 0; i < a.medicalReceipts().size(); i++) {
            amount("medicalReceipts[" + i + "].amount", a.medicalReceipts().get(i).amount(), problems);
        }
        amount("followUpTreatment", a.followUpTreatment(), problems);
        amount("transport", a.transport(), problems);
        amount("nutrition", a.nutrition(), problems);
        amount("disabilityAids", a.disabilityAids(), problems);
        amount("mentalDistress", a.mentalDistress(), problems);
        amount("propertyLoss", a.propertyLoss(), problems);
        if (a.hospitalDays() < 0) {
            problems.add(new Problem("hospitalDays", "DAYS_NEGATIVE", "days in hospital cannot be negative"));
        }
        a.lostIncome().ifPresent(income -> checkLostIncome(income, problems));
        a.nursing().ifPresent(nursing -> checkNursing(nursing, problems));
        checkDependants(a, problems);
        return problems;
    }

    private static void checkAgeAndOutcome(LossAssessment a, List<Problem> problems) {
        if (a.age().isPresent() && (a.age().getAsInt() < 0 || a.age().getAsInt() > MAX_AGE)) {
            problems.add(new Problem("age", "AGE_OUT_OF_RANGE", "age must be 0.." + MAX_AGE + ": " + a.age().getAsInt()));
        }
        if (a.age().isEmpty() && (a.died() || a.disability().isPresent())) {
            problems.add(new Problem("age", "AGE_REQUIRED",
                    "death and disability compensation need the age at death or at the disability assessment"));
        }
        if (a.died() && a.disability().isPresent()) {
            problems.add(new Problem("disability", "DEATH_AND_DISABILITY",
                    "a victim who died gets death compensation, not disability compensation"));
        }
        a.disability().ifPresent(d -> checkDisability(d, problems));
    }

    private static void checkDisability(Disability d, List<Problem> problems) {
        if (d.grade() != null && d.coefficient() != null) {
            problems.add(new Problem("disability", "DISABILITY_AMBIGUOUS",
                    "give either a disability grade or an explicit coefficient, not both"));
        } else if (d.grade() == null && d.coefficient() == null) {
            problems.add(new Problem("disability", "DISABILITY_EMPTY",
                    "give a disability grade (1-10) or an explicit coefficient from the appraisal"));
        }
        if (d.grade() != null && (d.grade() < 1 || d.grade() > 10)) {
            problems.add(new Problem("disability.grade", "DISABILITY_GRADE_OUT_OF_RANGE",
                    "disability grade must be 1 (most severe) to 10: " + d.grade()));
        }
        if (d.coefficient() != null
                && (d.coefficient().signum() <= 0 || d.coefficient().compareTo(BigDecimal.ONE) > 0)) {
            problems.add(new Problem("disability.coefficient", "DISABILITY_COEFFICIENT_OUT_OF_RANGE",
                    "an explicit disability coefficient must be above 0 and at most 1: " + d.coefficient()));
        }
    }

    private static void checkLostIncome(LostIncome income, List<Problem> problems) {
        if (income.daysOff() < 0) {
            problems.add(new Problem("lostIncome.daysOff", "DAYS_NEGATIVE", "days off cannot be negative"));
        }
        if ((income.dailyIncome() == null) == (income.trade() == null)) {
            problems.add(new Problem("lostIncome", "LOST_INCOME_BASIS",
                    "give exactly one of a daily income and a trade whose average wage applies"));
        }
        if (income.dailyIncome() != null) {
            amount("lostIncome.dailyIncome", income.dailyIncome(), problems);
        }
        if (income.trade() != null && !StandardItem.isValid("TRADE_AVERAGE_WAGE_" + income.trade())) {
            problems.add(new Problem("lostIncome.trade", "TRADE_INVALID",
                    "a trade is an UPPER_SNAKE code such as CONSTRUCTION: " + income.trade()));
        }
    }

    private static void checkNursing(Nursing nursing, List<Problem> problems) {
        amount("nursing.dailyRate", nursing.dailyRate(), problems);
        if (nursing.days() < 0) {
            problems.add(new Problem("nursing.days", "DAYS_NEGATIVE", "nursing days cannot be negative"));
        } else if (nursing.days() > Nursing.MAX_DAYS) {
            problems.add(new Problem("nursing.days", "NURSING_PERIOD_TOO_LONG",
                    "nursing is compensated for at most 20 years (" + Nursing.MAX_DAYS + " days): " + nursing.days()));
        }
        if (nursing.carers() < 1) {
            problems.add(new Problem("nursing.carers", "CARERS_OUT_OF_RANGE", "at least one carer: " + nursing.carers()));
        }
    }

    private static void checkDependants(LossAssessment a, List<Problem> problems) {
        if (!a.dependants().isEmpty() && !a.died() && a.disability().isEmpty()) {
            problems.add(new Problem("dependants", "DEPENDANTS_WITHOUT_DEATH_OR_DISABILITY",
                    "dependants' living expenses are part of death or disability compensation (SPC art. 16)"));
        }
        for (int i = 0; i < a.dependants().size(); i++) {
            Dependant d = a.dependants().get(i);
            String at = "dependants[" + i + "]";
            if (d.ref() == null || d.ref().isBlank()) {
                problems.add(new Problem(at + ".ref", "DEPENDANT_REF_MISSING", "the dependant needs a reference"));
            }
            if (d.kind() == null) {
                problems.add(new Problem(at + ".kind", "DEPENDANT_KIND_MISSING", "minor or adult without work capacity"));
            } else if (d.kind() == Dependant.Kind.MINOR && (d.age() < 0 || d.age() >= 18)) {
                problems.add(new Problem(at + ".age", "MINOR_AGE_OUT_OF_RANGE", "a minor is 0..17 years old: " + d.age()));
            } else if (d.kind() == Dependant.Kind.ADULT_WITHOUT_WORK_CAPACITY && (d.age() < 18 || d.age() > MAX_AGE)) {
                problems.add(new Problem(at + ".age", "ADULT_AGE_OUT_OF_RANGE", "an adult is 18.." + MAX_AGE + ": " + d.age()));
            }
            if (d.supporters() < 1) {
                problems.add(new Problem(at + ".supporters", "SUPPORTERS_OUT_OF_RANGE",
                        "the number of supporters includes the victim, so it is at least 1: " + d.supporters()));
            }
        }
    }

    private static void amount(String path, BigDecimal amount, List<Problem> problems) {
        if (amount == null) {
            problems.add(new Problem(path, "AMOUNT_MISSING", "amount is required"));
        } else if (amount.signum() < 0) {
            problems.add(new Problem(path, "AMOUNT_NEGATIVE", "amount cannot be negative: " + amount));
        } else if (!Money.isWholeFen(amount)) {
            problems.add(new Problem(path, "AMOUNT_NOT_WHOLE_FEN", "amount has more than 2 decimals: " + amount));
        }
    }
}
