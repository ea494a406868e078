package org.accidenthub.hub.compensation.calculations;

import java.util.Map;

/**
 * The body of {@code POST /api/v1/cases/{caseId}/compensation}: only what the case cannot know.
 * Vehicles, policies, parties with their shares and the accident date come from the case; the
 * victims' losses from the stored assessments.
 *
 * @param province        GB/T 2260 code of the region whose standards apply (usually the court's);
 *                        default: the province of the case's division code
 * @param statisticalYear required: the year before the first-instance court debate ends (SPC
 *                        personal-injury interpretation art. 22), which only the mediator or court knows
 * @param liabilityShares party ref → share in percent, replacing the case's: set by the mediator or
 *                        judge when the police could only issue an accident certificate (事故证明,
 *                        no shares) or when a court apportions otherwise; the calculator never guesses
 * @param options         the open choices
 */
public record CalculationRequest(String province, Integer statisticalYear, Map<String, Integer> liabilityShares,
        OptionsBody options) {
}
