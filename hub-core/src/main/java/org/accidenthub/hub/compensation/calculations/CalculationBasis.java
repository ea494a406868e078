package org.accidenthub.hub.compensation.calculations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.calculation.CalculationInput;
import org.accidenthub.compensation.calculation.Party;
import org.accidenthub.compensation.calculation.Vehicle;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandard;
import org.accidenthub.compensation.standards.RegionalStandards;
import org.accidenthub.compensation.standards.StandardItem;

/**
 * Everything a calculation is made from, kept with its result so that it can be explained and
 * repeated: the figures of the province and year as they were, the vehicles with the policies
 * in force, the parties with their shares, the victims' assessments (and their versions).
 *
 * @param figures            every current figure of the province and year (the module does not
 *                           say which it read, so all are kept)
 * @param assessmentVersions victim ref → assessment version; empty for a what-if
 */
public record CalculationBasis(LocalDate accidentDate, ProvinceCode province, int statisticalYear,
        OptionsBody.Chosen options, Map<StandardItem, BigDecimal> figures, List<Vehicle> vehicles, List<Party> parties,
        List<LossAssessment> victims, Map<String, Integer> assessmentVersions) {

    public CalculationInput input(CompulsoryInsuranceLimits limits) {
        RegionalStandards table = figures.isEmpty() ? RegionalStandards.of()
                : RegionalStandards.of(new RegionalStandard(province, statisticalYear, figures));
        CalculationInput.Builder input = CalculationInput.builder(accidentDate)
                .standards(table, province, statisticalYear)
                .limits(limits)
                .options(options.options());
        vehicles.forEach(input::vehicle);
        parties.forEach(input::party);
        victims.forEach(input::victim);
        return input.build();
    }
}
