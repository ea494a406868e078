package org.accidenthub.compensation.assessment;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.accidenthub.compensation.Problem;
import org.junit.jupiter.api.Test;

class AssessmentRulesTest {

    private static final LossAssessment VALID = LossAssessment.of("P2", VictimRole.driverOf("V2"))
            .age(36)
            .disability(Disability.grade(9))
            .medicalReceipt("R1", cny("30000.00"))
            .hospitalDays(20)
            .lostIncome(LostIncome.atDailyIncome(60, cny("200.00")))
            .nursing(cny("150.00"), 20, 1)
            .dependant(Dependant.minor("D1", 10, 2))
            .propertyLoss(cny("15000.00"))
            .build();

    @Test
    void aCompleteAssessmentHasNoProblems() {
        assertThat(AssessmentRules.check(VALID)).isEmpty();
    }

    @Test
    void listsEveryProblemAtOnceWithPathAndCode() {
        LossAssessment bad = LossAssessment.of(" ", VictimRole.passengerOf(null))
                .disability(Disability.grade(11))
                .medicalReceipt("R1", cny("100.00"))
                .medicalReceipt("R2", new BigDecimal("-5"))
                .transport(new BigDecimal("12.345"))
                .hospitalDays(-1)
                .lostIncome(new LostIncome(10, cny("200.00"), "CONSTRUCTION"))
                .nursing(cny("150.00"), 8000, 0)
                .dependant(Dependant.minor("D1", 18, 0))
                .build();

        assertThat(AssessmentRules.check(bad)).extracting(Problem::path, Problem::code).containsExactly(
                tuple("victimRef", "VICTIM_REF_MISSING"),
                tuple("role.vehicleRef", "VEHICLE_REF_MISSING"),
                tuple("age", "AGE_REQUIRED"),
                tuple("disability.grade", "DISABILITY_GRADE_OUT_OF_RANGE"),
                tuple("medicalReceipts[1].amount", "AMOUNT_NEGATIVE"),
                tuple("transport", "AMOUNT_NOT_WHOLE_FEN"),
                tuple("hospitalDays", "DAYS_NEGATIVE"),
                tuple("lostIncome", "LOST_INCOME_BASIS"),
                tuple("nursing.days", "NURSING_PERIOD_TOO_LONG"),
                tuple("nursing.carers", "CARERS_OUT_OF_RANGE"),
                tuple("dependants[0].age", "MINOR_AGE_OUT_OF_RANGE"),
                tuple("dependants[0].supporters", "SUPPORTERS_OUT_OF_RANGE"));
    }

    @Test
    void dependantsNeedADeathOrADisability() {
        LossAssessment injuredOnly = LossAssessment.of("A", VictimRole.pedestrian())
                .dependant(Dependant.minor("D1", 5, 1)).build();

        assertThat(AssessmentRules.check(injuredOnly)).extracting(Problem::code)
                .containsExactly("DEPENDANTS_WITHOUT_DEATH_OR_DISABILITY");
    }

    @Test
    void aGradeAndACoefficientTogetherAreAmbiguous() {
        LossAssessment both = LossAssessment.of("A", VictimRole.pedestrian()).age(40)
                .disability(new Disability(9, new BigDecimal("0.25"))).build();

        assertThat(AssessmentRules.check(both)).extracting(Problem::code).containsExactly("DISABILITY_AMBIGUOUS");
    }

    @Test
    void aVictimWhoDiedHasNoDisability() {
        LossAssessment both = LossAssessment.of("A", VictimRole.pedestrian()).age(40).died()
                .disability(Disability.grade(1)).build();

        assertThat(AssessmentRules.check(both)).extracting(Problem::code).containsExactly("DEATH_AND_DISABILITY");
    }

    @Test
    void anExplicitCoefficientMustBeAboveZeroAndAtMostOne() {
        LossAssessment tooHigh = LossAssessment.of("A", VictimRole.pedestrian()).age(40)
                .disability(Disability.coefficient(new BigDecimal("1.05"))).build();

        assertThat(AssessmentRules.check(tooHigh)).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("disability.coefficient", "DISABILITY_COEFFICIENT_OUT_OF_RANGE"));
    }
}
