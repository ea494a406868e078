package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.calculation.Accidents.CALCULATOR;
import static org.accidenthub.compensation.calculation.Accidents.P1_COMMERCIAL;
import static org.accidenthub.compensation.calculation.Accidents.V1;
import static org.accidenthub.compensation.calculation.Accidents.V1_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.V2;
import static org.accidenthub.compensation.calculation.Accidents.V2_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.accident;
import static org.accidenthub.compensation.calculation.Accidents.paid;
import static org.assertj.core.api.Assertions.assertThat;

import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.items.LossItem;
import org.junit.jupiter.api.Test;

class CompulsoryCoverTest {

    private static final LossAssessment PEDESTRIAN_MEDICAL_10_000 = LossAssessment.of("W", VictimRole.pedestrian())
            .medicalReceipt("R1", cny("10000.00")).build();

    @Test
    void severalVictimsShareASubLimitInProportionToTheirLosses() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1).party(Party.driverOf("P1", "V1", 100))
                .victim(LossAssessment.of("A", VictimRole.pedestrian()).medicalReceipt("R1", cny("20000.00")).build())
                .victim(LossAssessment.of("B", VictimRole.pedestrian()).medicalReceipt("R2", cny("10000.00")).build())
                .build());

        // medical sub-limit 18,000 over losses 20,000 : 10,000
        assertThat(paid(result, "A", V1_COMPULSORY)).isEqualTo(cny("12000.00")); // 18,000 × 20,000 / 30,000
        assertThat(paid(result, "B", V1_COMPULSORY)).isEqualTo(cny("6000.00"));  // 18,000 × 10,000 / 30,000
        assertThat(paid(result, "A", P1_COMMERCIAL)).isEqualTo(cny("8000.00"));  // 20,000 − 12,000
        assertThat(paid(result, "B", P1_COMMERCIAL)).isEqualTo(cny("4000.00"));  // 10,000 − 6,000
    }

    @Test
    void aSubLimitSharedThreeWaysLosesNoFen() {
        CalculationInput.Builder input = accident().vehicle(V1).party(Party.driverOf("P1", "V1", 100));
        for (String victim : new String[] {"A", "B", "C"}) {
            input.victim(LossAssessment.of(victim, VictimRole.pedestrian()).propertyLoss(cny("1000.00")).build());
        }

        CompensationResult result = CALCULATOR.calculate(input.build());

        // 2,000 × 1,000 / 3,000 = 666.666…: floors 666.66 × 3 = 1,999.98; the 2 fen left go to the first two
        assertThat(paid(result, "A", V1_COMPULSORY)).isEqualTo(cny("666.67"));
        assertThat(paid(result, "B", V1_COMPULSORY)).isEqualTo(cny("666.67"));
        assertThat(paid(result, "C", V1_COMPULSORY)).isEqualTo(cny("666.66"));
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("2000.00"));
    }

    @Test
    void aDriverWithoutFaultHasItsInsurerPayWithinTheNoFaultLimits() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1).vehicle(V2)
                .party(Party.driverOf("P1", "V1", 100)).party(Party.driverOf("P2", "V2", 0))
                .victim(LossAssessment.of("P1", VictimRole.driverOf("V1"))
                        .medicalReceipt("R1", cny("5000.00"))
                        .lostIncome(LostIncome.atDailyIncome(60, cny("500.00")))
                        .propertyLoss(cny("3000.00")).build())
                .build());

        // V2's driver bears no fault: no-fault limits 18,000 / 1,800 / 100
        assertThat(paid(result, "P1", LossItem.MEDICAL, V2_COMPULSORY)).isEqualTo(cny("1800.00"));
        assertThat(paid(result, "P1", LossItem.LOST_INCOME, V2_COMPULSORY)).isEqualTo(cny("18000.00"));
        assertThat(paid(result, "P1", LossItem.PROPERTY_LOSS, V2_COMPULSORY)).isEqualTo(cny("100.00"));
        // the rest is P1's own 100% share: 3,200 + (30,000 − 18,000) + 2,900
        assertThat(paid(result, "P1", Payer.victimOwnShare("P1"))).isEqualTo(cny("18100.00"));
    }

    @Test
    void aVehiclesOwnDriverIsNotCoveredByItsCompulsoryInsurance() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1).party(Party.driverOf("P1", "V1", 100))
                .victim(LossAssessment.of("P1", VictimRole.driverOf("V1")).medicalReceipt("R1", cny("5000.00")).build())
                .build());

        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("0.00"));
        assertThat(result.totalFor(Payer.victimOwnShare("P1"))).isEqualTo(cny("5000.00"));
    }

    @Test
    void aPassengerIsCoveredOnlyByTheOtherVehicle() {
        Vehicle v2WithCommercial = V2.withCommercialThirdParty("CPIC", cny("500000.00"));
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1).vehicle(v2WithCommercial)
                .party(Party.driverOf("P1", "V1", 70)).party(Party.driverOf("P2", "V2", 30))
                .victim(LossAssessment.of("C", VictimRole.passengerOf("V1"))
                        .lostIncome(LostIncome.atDailyIncome(250, cny("1000.00"))).build())
                .build());

        // 250,000 lost income: V2 compulsory 180,000; remainder 70,000 split 70 : 30
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("0.00"));
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("180000.00"));
        // P1's 49,000: V1's third-party cover excludes its own passenger, so P1 pays
        assertThat(result.totalFor(Payer.selfPay("P1"))).isEqualTo(cny("49000.00"));
        assertThat(result.totalFor(Payer.commercialInsurer("P2", "V2", "CPIC"))).isEqualTo(cny("21000.00"));
    }

    @Test
    void twoVehiclesShareAPedestriansLossEquallyByDefault() {
        CompensationResult result = CALCULATOR.calculate(twoCarsHitPedestrian(CompulsorySharing.EQUALLY, 70, 30));

        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("5000.00")); // 10,000 ÷ 2
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("5000.00"));
    }

    @Test
    void twoVehiclesShareByLiabilityShareWhenConfigured() {
        CompensationResult result = CALCULATOR.calculate(twoCarsHitPedestrian(CompulsorySharing.BY_LIABILITY_SHARE, 70, 30));

        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("7000.00")); // 10,000 × 70%
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("3000.00")); // 10,000 × 30%
    }

    @Test
    void twoVehiclesShareInProportionToTheirSubLimitsWhenConfigured() {
        CompensationResult result = CALCULATOR.calculate(twoCarsHitPedestrian(CompulsorySharing.BY_LIMIT, 100, 0));

        // sub-limits 18,000 (at fault) and 1,800 (no fault): 10,000 × 18,000 / 19,800 = 9,090.909… → 9,090.91
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("9090.91"));
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("909.09"));   // 10,000 × 1,800 / 19,800
    }

    @Test
    void whatACappedInsurerCannotPayGoesToTheInsurerWithRoomLeft() {
        CompensationResult result = CALCULATOR.calculate(twoCarsHitPedestrian(CompulsorySharing.EQUALLY, 100, 0));

        // equal halves of 10,000; V2 (no fault) stops at 1,800; V1 pays its 5,000 and then the 3,200 V2 could not
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("1800.00"));
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("8200.00"));
    }

    @Test
    void aLossAboveTheSumOfTheLimitsGetsEveryLimitInFull() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1).vehicle(V2)
                .party(Party.driverOf("P1", "V1", 50)).party(Party.driverOf("P2", "V2", 50))
                .victim(LossAssessment.of("W", VictimRole.pedestrian()).medicalReceipt("R1", cny("50000.00")).build())
                .build());

        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("18000.00"));
        assertThat(result.totalFor(V2_COMPULSORY)).isEqualTo(cny("18000.00"));
        // remainder 14,000 × 50%: P1's commercial pays 7,000; P2 has none and pays 7,000 itself
        assertThat(result.totalFor(P1_COMMERCIAL)).isEqualTo(cny("7000.00"));
        assertThat(result.totalFor(Payer.selfPay("P2"))).isEqualTo(cny("7000.00"));
    }

    @Test
    void anUninsuredVehiclesPartyPaysWhatItsCompulsoryInsurerWould() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(Vehicle.motor("V3")).party(Party.driverOf("P3", "V3", 100))
                .victim(PEDESTRIAN_MEDICAL_10_000)
                .build());

        assertThat(result.lines()).singleElement().satisfies(line -> {
            assertThat(line.payer()).isEqualTo(Payer.selfPay("P3"));
            assertThat(line.amount()).isEqualTo(cny("10000.00"));
            assertThat(line.allocation()).contains("V3 has no compulsory insurance", "art. 16");
        });
    }

    private static CalculationInput twoCarsHitPedestrian(CompulsorySharing sharing, int p1Share, int p2Share) {
        return accident()
                .vehicle(V1).vehicle(V2)
                .party(Party.driverOf("P1", "V1", p1Share)).party(Party.driverOf("P2", "V2", p2Share))
                .victim(PEDESTRIAN_MEDICAL_10_000)
                .options(CalculationOptions.defaults().withCompulsorySharing(sharing))
                .build();
    }
}
