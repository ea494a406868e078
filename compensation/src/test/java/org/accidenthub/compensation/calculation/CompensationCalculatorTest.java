package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.HENAN;
import static org.accidenthub.compensation.Fixtures.ROUND_FIGURES;
import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.calculation.Accidents.CALCULATOR;
import static org.accidenthub.compensation.calculation.Accidents.V1;
import static org.accidenthub.compensation.calculation.Accidents.V1_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.V2;
import static org.accidenthub.compensation.calculation.Accidents.accident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accidenthub.compensation.Bucket;
import org.accidenthub.compensation.Problem;
import org.accidenthub.compensation.assessment.Dependant;
import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.compensation.money.Money;
import org.accidenthub.compensation.standards.MissingStandardException;
import org.junit.jupiter.api.Test;

class CompensationCalculatorTest {

    private static final LossAssessment PEDESTRIAN = LossAssessment.of("W", VictimRole.pedestrian())
            .medicalReceipt("R1", cny("30000.00"))
            .lostIncome(LostIncome.atDailyIncome(300, cny("500.00")))
            .propertyLoss(cny("3000.00"))
            .build();

    @Test
    void anAccidentTheDayBeforeTheReformUsesThe2008Limits() {
        CompensationResult result = CALCULATOR.calculate(pedestrianHitOn(LocalDate.of(2020, 9, 18)));

        assertThat(compulsoryByBucket(result)).containsExactly(
                Map.entry(Bucket.MEDICAL, cny("10000.00")),
                Map.entry(Bucket.DEATH_DISABILITY, cny("110000.00")),
                Map.entry(Bucket.PROPERTY, cny("2000.00")));
    }

    @Test
    void anAccidentOnTheReformDayUsesThe2020Limits() {
        CompensationResult result = CALCULATOR.calculate(pedestrianHitOn(LocalDate.of(2020, 9, 19)));

        assertThat(result.limitsApplied().effectiveFrom()).isEqualTo(LocalDate.of(2020, 9, 19));
        assertThat(compulsoryByBucket(result)).containsExactly(
                Map.entry(Bucket.MEDICAL, cny("18000.00")),
                Map.entry(Bucket.DEATH_DISABILITY, cny("150000.00")), // 500 × 300 days, all within 180,000
                Map.entry(Bucket.PROPERTY, cny("2000.00")));
    }

    @Test
    void anAccidentOlderThanTheLimitsTableIsRefusedNamingTheDate() {
        assertThatThrownBy(() -> CALCULATOR.calculate(pedestrianHitOn(LocalDate.of(2005, 5, 5))))
                .isInstanceOf(MissingStandardException.class)
                .hasMessageContaining("2005-05-05");
    }

    @Test
    void aMissingRegionalStandardStopsTheCalculationAndNamesIt() {
        CalculationInput input = accident().standards(ROUND_FIGURES, HENAN, 2024)
                .vehicle(V1).party(Party.driverOf("P1", "V1", 100))
                .victim(LossAssessment.of("W", VictimRole.pedestrian()).age(40).died().build())
                .build();

        assertThatThrownBy(() -> CALCULATOR.calculate(input))
                .isInstanceOf(MissingStandardException.class)
                .hasMessageContaining("URBAN_DISPOSABLE_INCOME_PER_CAPITA")
                .hasMessageContaining("province 410000")
                .hasMessageContaining("statistical year 2024");
    }

    @Test
    void anInvalidInputIsRefusedWithEveryProblem() {
        CalculationInput input = accident()
                .vehicle(V1).vehicle(V1).vehicle(Vehicle.motor("V9"))
                .party(Party.driverOf("P1", "V1", 60)).party(Party.driverOf("P2", "V7", 30))
                .victim(LossAssessment.of("P1", VictimRole.driverOf("V1")).disability(Disability.grade(12)).build())
                .victim(LossAssessment.of("Q", VictimRole.driverOf("V1")).build())
                .build();

        assertThatThrownBy(() -> CALCULATOR.calculate(input))
                .isInstanceOfSatisfying(InvalidCalculationInputException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::code)
                        .containsExactly(
                                tuple("vehicles[1].ref", "DUPLICATE_REF"),
                                tuple("parties[1].vehicleRef", "UNKNOWN_VEHICLE"),
                                tuple("parties", "SHARES_NOT_100"),
                                tuple("vehicles[2]", "MOTOR_VEHICLE_WITHOUT_PARTY"),
                                tuple("victims[0].age", "AGE_REQUIRED"),
                                tuple("victims[0].disability.grade", "DISABILITY_GRADE_OUT_OF_RANGE"),
                                tuple("victims[1].victimRef", "DRIVER_IS_NOT_VEHICLE_PARTY")));
    }

    @Test
    void validateReportsTheSameProblemsWithoutThrowing() {
        CalculationInput input = accident().vehicle(V1).party(Party.driverOf("P1", "V1", 101)).build();

        assertThat(CALCULATOR.validate(input)).extracting(Problem::code)
                .containsExactly("SHARE_OUT_OF_RANGE", "SHARES_NOT_100");
    }

    @Test
    void theTotalsAddUpToTheLinesAndTheLinesToTheItems() {
        CompensationResult result = CALCULATOR.calculate(busyAccident());

        BigDecimal itemsTotal = Money.sum(result.items().stream().map(AssessedItem::amount).toList());
        assertThat(result.total()).isEqualByComparingTo(itemsTotal);
        assertThat(Money.sum(result.totalsByPayer().values())).isEqualByComparingTo(itemsTotal);
        assertThat(Money.sum(result.totalsByVictim().values())).isEqualByComparingTo(itemsTotal);
        assertThat(Money.sum(result.totalsByBucket().values())).isEqualByComparingTo(itemsTotal);
        for (AssessedItem item : result.items()) {
            BigDecimal lines = Money.sum(result.linesOf(item.victimRef()).stream()
                    .filter(line -> line.item() == item.item()).map(CompensationLine::amount).toList());
            assertThat(lines).as("lines of %s %s", item.victimRef(), item.item()).isEqualByComparingTo(item.amount());
        }
    }

    @Test
    void everyLineHasWholeFenAndAnExplanation() {
        CompensationResult result = CALCULATOR.calculate(busyAccident());

        assertThat(result.lines()).isNotEmpty().allSatisfy(line -> {
            assertThat(line.amount().scale()).isEqualTo(2);
            assertThat(line.amount().signum()).isPositive();
            assertThat(line.basis()).isNotBlank();
            assertThat(line.formula()).isNotBlank().doesNotContain("null");
            assertThat(line.allocation()).isNotBlank().doesNotContain("null");
        });
    }

    private static CalculationInput pedestrianHitOn(LocalDate date) {
        return CalculationInput.builder(date).standards(ROUND_FIGURES, HENAN, 2025)
                .vehicle(V1).party(Party.driverOf("P1", "V1", 100)).victim(PEDESTRIAN).build();
    }

    private static Map<Bucket, BigDecimal> compulsoryByBucket(CompensationResult result) {
        Map<Bucket, BigDecimal> totals = new java.util.EnumMap<>(Bucket.class);
        result.lines().stream().filter(line -> line.payer().equals(V1_COMPULSORY))
                .forEach(line -> totals.merge(line.bucket(), line.amount(), BigDecimal::add));
        return totals;
    }

    /** Three vehicles (one uninsured), a pedestrian, an injured driver and a passenger who died, odd amounts. */
    private static CalculationInput busyAccident() {
        return accident()
                .vehicle(Vehicle.motor("V1").withCompulsory("PICC").withCommercialThirdParty("PICC", cny("300000.00")))
                .vehicle(V2)
                .vehicle(Vehicle.motor("V3"))
                .party(Party.driverOf("P1", "V1", 50)).party(Party.driverOf("P2", "V2", 30))
                .party(Party.driverOf("P3", "V3", 20))
                .victim(LossAssessment.of("W", VictimRole.pedestrian())
                        .medicalReceipt("R1", cny("12345.67")).medicalReceipt("R2", cny("8000.01"))
                        .hospitalDays(17).nutrition(cny("999.99"))
                        .lostIncome(LostIncome.atDailyIncome(93, cny("333.33")))
                        .nursing(cny("177.77"), 31, 1).transport(cny("432.10"))
                        .age(67).disability(Disability.coefficient(new BigDecimal("0.37")))
                        .dependant(Dependant.minor("D1", 7, 2)).dependant(Dependant.minor("D2", 12, 3))
                        .mentalDistress(cny("15000.00")).mentalDistressFirstFromCompulsory()
                        .propertyLoss(cny("2345.67")).build())
                .victim(LossAssessment.of("P2", VictimRole.driverOf("V2"))
                        .medicalReceipt("R3", cny("4321.09")).hospitalDays(5)
                        .propertyLoss(cny("18888.88")).build())
                .victim(LossAssessment.of("C", VictimRole.passengerOf("V3")).age(77).died()
                        .dependant(Dependant.adultWithoutWorkCapacity("D3", 80, 3))
                        .mentalDistress(cny("50000.00")).build())
                .build();
    }

    @Test
    void aNonMotorVehicleCarriesNoInsurance() {
        CalculationInput input = accident()
                .vehicle(Vehicle.nonMotor("B1").withCompulsory("PICC"))
                .party(Party.driverOf("P1", "B1", 100))
                .build();

        assertThat(CALCULATOR.validate(input)).extracting(Problem::path, Problem::code)
                .containsExactly(tuple("vehicles[0]", "POLICY_ON_NON_MOTOR_VEHICLE"));
    }

    @Test
    void anAccidentWithoutVictimsOwesNothing() {
        CompensationResult result = CALCULATOR.calculate(accident().vehicle(V1)
                .party(Party.driverOf("P1", "V1", 100)).build());

        assertThat(result.lines()).isEmpty();
        assertThat(result.total()).isEqualTo(Money.ZERO);
        assertThat(List.copyOf(result.totalsByPayer().keySet())).isEmpty();
    }
}
