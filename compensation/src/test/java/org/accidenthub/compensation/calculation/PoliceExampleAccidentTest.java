package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.HENAN;
import static org.accidenthub.compensation.Fixtures.HENAN_2025;
import static org.accidenthub.compensation.Fixtures.YEAR;
import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.calculation.Accidents.CALCULATOR;
import static org.accidenthub.compensation.calculation.Accidents.P1_COMMERCIAL;
import static org.accidenthub.compensation.calculation.Accidents.V1_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.V2_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.paid;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.items.AssessedItem;
import org.accidenthub.compensation.items.LossItem;
import org.junit.jupiter.api.Test;

/**
 * The example accident of the police format (docs: police-accident-file-v1.json), worked end to
 * end with the illustrative Henan 2025 figures (income 41,000, meals 100 a day): P1 (MAIN, 70%)
 * drove V1, insured at PICC (compulsory + 1,000,000 commercial); P2 (SECONDARY, 30%) drove V2,
 * compulsory at CPIC, and was seriously injured.
 */
class PoliceExampleAccidentTest {

    private static final LossAssessment P2_INJURED_DRIVER = LossAssessment.of("P2", VictimRole.driverOf("V2"))
            .age(36)
            .disability(Disability.grade(9))
            .medicalReceipt("hospital", cny("30000.00"))
            .hospitalDays(20)
            .lostIncome(LostIncome.atDailyIncome(60, cny("200.00")))
            .propertyLoss(cny("15000.00"))
            .build();

    private static final CalculationInput EXAMPLE = CalculationInput.builder(LocalDate.of(2026, 10, 3))
            .standards(HENAN_2025, HENAN, YEAR)
            .vehicle(Accidents.V1)
            .vehicle(Accidents.V2)
            .party(Party.driverOf("P1", "V1", 70))
            .party(Party.driverOf("P2", "V2", 30))
            .victim(P2_INJURED_DRIVER)
            .build();

    private static final CompensationResult RESULT = CALCULATOR.calculate(EXAMPLE);

    @Test
    void theInjuredDriversItemsFollowTheHenanFigures() {
        Map<LossItem, BigDecimal> items = RESULT.items().stream()
                .collect(Collectors.toMap(AssessedItem::item, AssessedItem::amount));

        assertThat(items).containsOnly(
                Map.entry(LossItem.MEDICAL, cny("30000.00")),                  // receipts
                Map.entry(LossItem.HOSPITAL_MEALS, cny("2000.00")),            // 100 × 20 days
                Map.entry(LossItem.LOST_INCOME, cny("12000.00")),              // 200 × 60 days
                Map.entry(LossItem.DISABILITY_COMPENSATION, cny("164000.00")), // 41,000 × 20 years × 20%
                Map.entry(LossItem.PROPERTY_LOSS, cny("15000.00")));
    }

    @Test
    void v1sCompulsoryInsurerPaysFirstWithinItsAtFaultSubLimits() {
        // medical 32,000 > 18,000: spread 30,000 : 2,000 → 16,875 : 1,125
        assertThat(paid(RESULT, "P2", LossItem.MEDICAL, V1_COMPULSORY)).isEqualTo(cny("16875.00"));
        assertThat(paid(RESULT, "P2", LossItem.HOSPITAL_MEALS, V1_COMPULSORY)).isEqualTo(cny("1125.00"));
        // death/disability 12,000 + 164,000 = 176,000 ≤ 180,000: paid in full
        assertThat(paid(RESULT, "P2", LossItem.LOST_INCOME, V1_COMPULSORY)).isEqualTo(cny("12000.00"));
        assertThat(paid(RESULT, "P2", LossItem.DISABILITY_COMPENSATION, V1_COMPULSORY)).isEqualTo(cny("164000.00"));
        // property 15,000 > 2,000
        assertThat(paid(RESULT, "P2", LossItem.PROPERTY_LOSS, V1_COMPULSORY)).isEqualTo(cny("2000.00"));
        assertThat(RESULT.totalFor(V1_COMPULSORY)).isEqualTo(cny("196000.00")); // 18,000 + 176,000 + 2,000
    }

    @Test
    void v2sCompulsoryInsurerPaysNothingForItsOwnDriver() {
        assertThat(RESULT.totalFor(V2_COMPULSORY)).isEqualTo(cny("0.00"));
    }

    @Test
    void whatCompulsoryLeavesIsSplit70To30() {
        // left: medical 13,125 + meals 875 + property 13,000 = 27,000
        // P1 70% = 18,900 → PICC commercial (limit 1,000,000); P2 30% = 8,100, her own share
        assertThat(paid(RESULT, "P2", LossItem.MEDICAL, P1_COMMERCIAL)).isEqualTo(cny("9187.50"));        // 13,125 × 70%
        assertThat(paid(RESULT, "P2", LossItem.HOSPITAL_MEALS, P1_COMMERCIAL)).isEqualTo(cny("612.50"));  // 875 × 70%
        assertThat(paid(RESULT, "P2", LossItem.PROPERTY_LOSS, P1_COMMERCIAL)).isEqualTo(cny("9100.00"));  // 13,000 × 70%
        assertThat(RESULT.totalFor(P1_COMMERCIAL)).isEqualTo(cny("18900.00"));
        assertThat(RESULT.totalFor(Payer.victimOwnShare("P2"))).isEqualTo(cny("8100.00"));              // 27,000 × 30%
        assertThat(RESULT.totalFor(Payer.selfPay("P1"))).isEqualTo(cny("0.00"));
    }

    @Test
    void everyFenOfTheLossIsAccountedFor() {
        // 30,000 + 2,000 + 12,000 + 164,000 + 15,000 = 223,000 = 196,000 + 18,900 + 8,100
        assertThat(RESULT.total()).isEqualTo(cny("223000.00"));
        assertThat(RESULT.totalsByPayer()).containsExactly(
                Map.entry(V1_COMPULSORY, cny("196000.00")),
                Map.entry(P1_COMMERCIAL, cny("18900.00")),
                Map.entry(Payer.victimOwnShare("P2"), cny("8100.00")));
    }

    @Test
    void theDisabilityLineExplainsItself() {
        assertThat(RESULT.lines()).filteredOn(line -> line.item() == LossItem.DISABILITY_COMPENSATION)
                .singleElement().satisfies(line -> {
                    assertThat(line.formula()).isEqualTo("41,000.00 × 20 years × 20% = 164,000.00");
                    assertThat(line.basis()).contains("SPC art. 12", "URBAN_DISPOSABLE_INCOME_PER_CAPITA of 410000 for 2025");
                    assertThat(line.allocation()).contains("compulsory insurance of V1 (PICC)",
                            "death/disability sub-limit 180,000.00", "in force from 2020-09-19");
                    assertThat(line.payer().label()).isEqualTo("compulsory insurer PICC of vehicle V1");
                });
    }
}
