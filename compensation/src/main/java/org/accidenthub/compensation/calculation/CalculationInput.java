package org.accidenthub.compensation.calculation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accidenthub.compensation.assessment.LossAssessment;
import org.accidenthub.compensation.standards.CompulsoryInsuranceLimits;
import org.accidenthub.compensation.standards.ProvinceCode;
import org.accidenthub.compensation.standards.RegionalStandards;

/**
 * Everything one calculation needs, independent of the hub's own model.
 *
 * @param accidentDate    decides which compulsory-insurance limits apply
 * @param province        whose regional standards apply (the caller decides, usually the court's)
 * @param statisticalYear which year's standards apply: the year before the first-instance court
 *                        debate ends (SPC personal-injury interpretation art. 22); the caller decides
 * @param standards       the regional standards table
 * @param limits          the compulsory-insurance limits table
 * @param vehicles        every vehicle involved
 * @param parties         every party with a liability share (shares add up to 100)
 * @param victims         one loss assessment per victim
 * @param options         the open choices
 */
public record CalculationInput(
        LocalDate accidentDate,
        ProvinceCode province,
        int statisticalYear,
        RegionalStandards standards,
        CompulsoryInsuranceLimits limits,
        List<Vehicle> vehicles,
        List<Party> parties,
        List<LossAssessment> victims,
        CalculationOptions options) {

    public CalculationInput {
        Objects.requireNonNull(accidentDate, "accidentDate");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(standards, "standards");
        Objects.requireNonNull(limits, "limits");
        vehicles = List.copyOf(vehicles);
        parties = List.copyOf(parties);
        victims = List.copyOf(victims);
        Objects.requireNonNull(options, "options");
    }

    /** Starts an input for an accident on this date; limits and options default to the shipped ones. */
    public static Builder builder(LocalDate accidentDate) {
        return new Builder(accidentDate);
    }

    /** Fluent construction. */
    public static final class Builder {
        private final LocalDate accidentDate;
        private ProvinceCode province;
        private int statisticalYear;
        private RegionalStandards standards;
        private CompulsoryInsuranceLimits limits = CompulsoryInsuranceLimits.defaults();
        private final List<Vehicle> vehicles = new ArrayList<>();
        private final List<Party> parties = new ArrayList<>();
        private final List<LossAssessment> victims = new ArrayList<>();
        private CalculationOptions options = CalculationOptions.defaults();

        private Builder(LocalDate accidentDate) {
            this.accidentDate = accidentDate;
        }

        /** The standards table and which province and statistical year of it apply. */
        public Builder standards(RegionalStandards standards, ProvinceCode province, int statisticalYear) {
            this.standards = standards;
            this.province = province;
            this.statisticalYear = statisticalYear;
            return this;
        }

        public Builder limits(CompulsoryInsuranceLimits limits) {
            this.limits = limits;
            return this;
        }

        public Builder vehicle(Vehicle vehicle) {
            vehicles.add(vehicle);
            return this;
        }

        public Builder party(Party party) {
            parties.add(party);
            return this;
        }

        public Builder victim(LossAssessment victim) {
            victims.add(victim);
            return this;
        }

        public Builder options(CalculationOptions options) {
            this.options = options;
            return this;
        }

        public CalculationInput build() {
            return new CalculationInput(accidentDate, province, statisticalYear, standards, limits,
                    vehicles, parties, victims, options);
        }
    }
}
