package org.accidenthub.compensation.calculation;

import static org.accidenthub.compensation.Fixtures.cny;
import static org.accidenthub.compensation.calculation.Accidents.CALCULATOR;
import static org.accidenthub.compensation.calculation.Accidents.P1_COMMERCIAL;
import static org.accidenthub.compensation.calculation.Accidents.V1;
import static org.accidenthub.compensation.calculation.Accidents.V1_COMPULSORY;
import static org.accidenthub.compensation.calculation.Accidents.accident;
import static org.assertj.core.api.Assertions.assertThat;

import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.assessment.VictimRole;
import org.junit.jupiter.api.Test;

class LiabilitySplitTest {

    @Test
    void aVictimAtFaultBearsItsOwnShareOfWhatCompulsoryLeaves() {
        CompensationResult result = CALCULATOR.calculate(pedestrianAtFault("28000.00"));

        // medical 28,000: compulsory 18,000 regardless of fault; the 10,000 left is split 90 : 10
        assertThat(result.totalFor(V1_COMPULSORY)).isEqualTo(cny("18000.00"));
        assertThat(result.totalFor(P1_COMMERCIAL)).isEqualTo(cny("9000.00"));            // 10,000 × 90%
        assertThat(result.totalFor(Payer.victimOwnShare("W"))).isEqualTo(cny("1000.00")); // 10,000 × 10%
    }

    @Test
    void aShareOfAnOddAmountLosesNoFen() {
        CompensationResult result = CALCULATOR.calculate(pedestrianAtFault("18100.01"));

        // 100.01 left: 90% = 90.009, 10% = 10.001 → floors 90.00 + 10.00, the fen goes to the larger remainder
        assertThat(result.totalFor(P1_COMMERCIAL)).isEqualTo(cny("90.01"));
        assertThat(result.totalFor(Payer.victimOwnShare("W"))).isEqualTo(cny("10.00"));
    }

    @Test
    void everyShareIsExplainedWithTheNumbers() {
        CompensationResult result = CALCULATOR.calculate(pedestrianAtFault("28000.00"));

        assertThat(result.lines()).filteredOn(line -> line.payer().equals(Payer.victimOwnShare("W")))
                .singleElement()
                .satisfies(line -> assertThat(line.allocation())
                        .startsWith("W bears 10% of the 10,000.00 left after compulsory insurance = 1,000.00"));
    }

    /** A pedestrian W with 10% of the fault, hit by V1 whose driver P1 bears 90% (Road Traffic Safety Law art. 76). */
    private static CalculationInput pedestrianAtFault(String medical) {
        return accident()
                .vehicle(V1).party(Party.driverOf("P1", "V1", 90)).party(Party.withoutVehicle("W", 10))
                .victim(LossAssessment.of("W", VictimRole.pedestrian()).medicalReceipt("R1", cny(medical)).build())
                .build();
    }
}
