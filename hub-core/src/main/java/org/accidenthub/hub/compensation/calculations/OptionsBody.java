package org.accidenthub.hub.compensation.calculations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.accidenthub.compensation.calculation.CalculationOptions;
import org.accidenthub.compensation.calculation.CompulsorySharing;
import org.accidenthub.compensation.items.DependantCapBasis;
import org.accidenthub.hub.compensation.BodyChecks;

/**
 * The choices the rules leave open (domain reference §6: "configurable"), all optional.
 *
 * @param compulsorySharing           how several vehicles' compulsory insurers share one victim's
 *                                    loss: {@code EQUALLY} (default), {@code BY_LIABILITY_SHARE},
 *                                    {@code BY_LIMIT} (SPC road-traffic interpretation art. 18)
 * @param dependantCap                where the yearly cap on several dependants applies with a
 *                                    disability: {@code BEFORE_COEFFICIENT} (default) or {@code AFTER_COEFFICIENT}
 * @param mentalDistressRiderVehicles vehicles whose commercial third-party policy has the
 *                                    mental-distress rider (the 2020 model clauses exclude it
 *                                    otherwise; the case does not record riders)
 */
public record OptionsBody(String compulsorySharing, String dependantCap, List<String> mentalDistressRiderVehicles) {

    /** The options read, every problem recorded under {@code /options}. */
    public record Chosen(CalculationOptions options, Set<String> riderVehicles) {
    }

    static Chosen read(OptionsBody body, BodyChecks checks) {
        CalculationOptions options = CalculationOptions.defaults();
        if (body == null) {
            return new Chosen(options, Set.of());
        }
        CompulsorySharing sharing = checks.oneOf("/options/compulsorySharing", body.compulsorySharing(),
                CompulsorySharing.class, options.compulsorySharing());
        DependantCapBasis cap = checks.oneOf("/options/dependantCap", body.dependantCap(), DependantCapBasis.class,
                options.dependantCap());
        Set<String> riders = new LinkedHashSet<>();
        if (body.mentalDistressRiderVehicles() != null) {
            body.mentalDistressRiderVehicles().stream().filter(Objects::nonNull).forEach(riders::add);
        }
        return new Chosen(new CalculationOptions(sharing == null ? options.compulsorySharing() : sharing,
                cap == null ? options.dependantCap() : cap), riders);
    }

    /** The options as given back in a calculation. */
    static OptionsBody of(Chosen chosen) {
        return new OptionsBody(chosen.options().compulsorySharing().name(), chosen.options().dependantCap().name(),
                List.copyOf(chosen.riderVehicles()));
    }
}
