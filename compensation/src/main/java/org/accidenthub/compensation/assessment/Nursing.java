package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;

/**
 * Nursing (护理费): the carer's daily income or the local carer rate × days × carers
 * (SPC personal-injury interpretation art. 8: normally one carer; at most 20 years).
 *
 * @param dailyRate CNY per carer per day
 * @param days      nursing days, at most 20 × 365
 * @param carers    number of carers, at least 1
 */
public record Nursing(BigDecimal dailyRate, int days, int carers) {

    /** The longest nursing period the rule allows, in days (20 years of 365 days). */
    public static final int MAX_DAYS = 20 * 365;
}
