package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.calculation.Accidents.CALCULATOR;
import static org.accidenthub.compensation.calculation.Accidents.P1_COMMERCIAL;
import static org.accidenthub.compensation.calculation.Accidents.V1;
import static org.accidenthub.compensation.calculation.Accidents.V1_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.accident;
import static org.accidenthub.compensation.calculation.Accidents.paid;
import static org.assertj.core.api.Assertions.assertThat;

import org.accidenthub.compensation.assessment.Disability;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.LostIncome;
import org.accidenthub.compensation.assessment.VictimRole;
import org.accidenthub.compensation.items.LossItem;
import org.junit.jupiter.api.Test;

class CommercialCoverTest {

    private static final Vehicle V1_SMALL_COMMERCIAL =
            Vehicle.motor("V1").withCompulsory("PICC").withCommercialThirdParty("PICC", cny("500000.00"));

    @Test
    void aCommercialLimitTooSmallLeavesTheRestToTheParty() {
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(V1_SMALL_COMMERCIAL).party(Party.driverOf("P1", "V1", 100))
                .victim(LossAssessment.of("W", VictimRole.pedestrian()).age(30).disability(Disability.grade(1)).build())
                .build());

        // disability 48,000 × 20 years × 100% = 960,000; compulsory 180,000; remainder 780,000
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("180000.00"));
        assertThat(result.totalFor(P1_COMMERCIAL)).isEqualTo(cny("500000.00"));       // the whole limit
        assertThat(result.totalFor(Payer.selfPay("P1"))).isEqualTo(cny("280000.00"));  // 780,000 − 500,000
    }

    @Test
    void aCommercialLimitIsSharedAcrossVictimsInProportionToWhatIsOwed() {
        Vehicle v1 = Vehicle.motor("V1").withCompulsory("PICC").withCommercialThirdParty("PICC", cny("200000.00"));
        CompensationResult result = CALCULATOR.calculate(accident()
                .vehicle(v1).party(Party.driverOf("P1", "V1", 100))
                .victim(LossAssessment.of("A", VictimRole.pedestrian())
                        .lostIncome(LostIncome.atDailyIncome(330, cny("1000.00"))).build())
                .victim(LossAssessment.of("B", VictimRole.pedestrian())
                        .lostIncome(LostIncome.atDailyIncome(150, cny("1000.00"))).build())
                .build());

        // compulsory 180,000 over 330,000 : 150,000 → 123,750 : 56,250; owed 206,250 : 93,750 = 300,000
        // commercial 200,000 × 206,250 / 300,000 = 137,500 and × 93,750 / 300,000 = 62,500
        assertThat(paid(result, "A", P1_COMMERCIAL)).isEqualTo(cny("137500.00"));
        assertThat(paid(result, "B", P1_COMMERCIAL)).isEqualTo(cny("62500.00"));
        assertThat(paid(result, "A", Payer.selfPay("P1"))).isEqualTo(cny("68750.00"));  // 206,250 − 137,500
        assertThat(paid(result, "B", Payer.selfPay("P1"))).isEqualTo(cny("31250.00"));  // 93,750 − 62,500
    }

    @Test
    void mentalDistressIsPaidFirstFromCompulsoryWhenTheVictimAsks() {
        CompensationResult result = CALCULATOR.calculate(mentalDistressCase(V1, true));

        // death/disability 200,000 + 50,000; compulsory 180,000 takes mental distress first
        assertThat(paid(result, "W", LossItem.MENTAL_DISTRESS, V1_COMPULSORY)).isEqualTo(cny("50000.00"));
        assertThat(paid(result, "W", LossItem.LOST_INCOME, V1_COMPULSORY)).isEqualTo(cny("130000.00"));
        assertThat(paid(result, "W", LossItem.LOST_INCOME, P1_COMMERCIAL)).isEqualTo(cny("70000.00"));
        assertThat(result.totalFor(Payer.selfPay("P1"))).isEqualTo(cny("0.00"));
    }

    @Test
    void withoutTheRequestMentalDistressBeyondCompulsoryIsLeftToTheParty() {
        CompensationResult result = CALCULATOR.calculate(mentalDistressCase(V1, false));

        // compulsory 180,000 spread over 200,000 : 50,000 → 144,000 : 36,000
        assertThat(paid(result, "W", LossItem.MENTAL_DISTRESS, V1_COMPULSORY)).isEqualTo(cny("36000.00"));
        // the commercial policy has no mental-distress rider: P1 pays the 14,000 left
        assertThat(paid(result, "W", LossItem.MENTAL_DISTRESS, Payer.selfPay("P1"))).isEqualTo(cny("14000.00"));
        assertThat(paid(result, "W", LossItem.LOST_INCOME, P1_COMMERCIAL)).isEqualTo(cny("56000.00"));
    }

    @Test
    void aPolicyWithTheMentalDistressRiderCoversIt() {
        Vehicle withRider = Vehicle.motor("V1").withCompulsory("PICC").withCommercialThirdParty(
                CommercialPolicy.of("PICC", cny("1000000.00")).withMentalDistressRider());

        CompensationResult result = CALCULATOR.calculate(mentalDistressCase(withRider, false));

        assertThat(paid(result, "W", LossItem.MENTAL_DISTRESS, P1_COMMERCIAL)).isEqualTo(cny("14000.00"));
    }

    private static CalculationInput mentalDistressCase(Vehicle v1, boolean paidFirst) {
        LossAssessment.Builder victim = LossAssessment.of("W", VictimRole.pedestrian())
                .lostIncome(LostIncome.atDailyIncome(200, cny("1000.00")))
                .mentalDistress(cny("50000.00"));
        if (paidFirst) {
            victim.mentalDistressFirstFromCompulsory();
        }
        return accident().vehicle(v1).party(Party.driverOf("P1", "V1", 100)).victim(victim.build()).build();
    }
}
