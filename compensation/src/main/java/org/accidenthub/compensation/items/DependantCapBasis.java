package org.accidenthub.compensation.items;

/**
 * Where the yearly cap on several dependants' living expenses (one year's urban per-capita
 * consumption, SPC art. 17 para. 4) is applied when the victim is disabled and the expenses are
 * scaled by the disability coefficient. The interpretation does not say; practice differs, so
 * the caller chooses. With death the coefficient is 1 and both give the same result.
 */
public enum DependantCapBasis {
    /** Cap the yearly sum of the dependants' shares at one year's consumption, then apply the coefficient. */
    BEFORE_COEFFICIENT,
    /** Apply the coefficient to each year's sum first, then cap it at one year's consumption. */
    AFTER_COEFFICIENT
}
