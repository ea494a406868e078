package org.accidenthub.hub.compensation.assessments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One victim's losses as a mediator, judge or insurer enters them: the inputs of every item of the
 * SPC personal-injury interpretation (2022) arts. 6–17, mental distress (Civil Code art. 1183) and
 * property loss (art. 1184). Amounts are CNY decimal strings with two places; an amount left out
 * is 0.00 ("not claimed"). The victim's role and vehicle come from the case, not from here.
 * Stored and shown normalised: every amount with two places, every default filled in.
 *
 * @param age          full years at the disability assessment (定残) or at death; needed for death and disability
 * @param died         the victim died (death compensation, funeral, dependants)
 * @param disability   grade 1–10 from the appraisal, or an explicit coefficient when several disabilities combine
 * @param hospitalDays days in hospital (hospital meal allowance, SPC art. 10)
 * @param mentalDistressFirstFromCompulsory the victim asks that mental distress be paid first from the
 *                     compulsory death/disability sub-limit (SPC road-traffic interpretation art. 13)
 * @param note         free text for the record (appraisal report number, ...), at most 2000 characters
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AssessmentBody(Integer age, Boolean died, DisabilityBody disability, List<ReceiptBody> medicalReceipts,
        String followUpTreatment, LostIncomeBody lostIncome, NursingBody nursing, String transport,
        Integer hospitalDays, String nutrition, String disabilityAids, List<DependantBody> dependants,
        String mentalDistress, Boolean mentalDistressFirstFromCompulsory, String propertyLoss, String note) {

    /** Exactly one of a grade (1 most severe … 10) and a coefficient (above 0, at most 1, up to 6 decimals). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DisabilityBody(Integer grade, String coefficient) {
    }

    /** A medical receipt: its number or a short description, and the amount (SPC art. 6). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ReceiptBody(String reference, String amount) {
    }

    /**
     * Lost income (SPC art. 7): days off × a daily income, or × the yearly average wage of a trade
     * ({@code TRADE_AVERAGE_WAGE_<trade>} of the regional standards) ÷ 365. Give exactly one of
     * {@code dailyIncome} and {@code trade}.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LostIncomeBody(Integer daysOff, String dailyIncome, String trade) {
    }

    /** Nursing (SPC art. 8): daily rate × days × carers (1 when left out; at most 20 years). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NursingBody(String dailyRate, Integer days, Integer carers) {
    }

    /**
     * A dependant (SPC art. 17): {@code MINOR} or {@code ADULT_WITHOUT_WORK_CAPACITY}, age in full
     * years, and the number of people bound to support them, the victim included.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DependantBody(String ref, String kind, Integer age, Integer supporters) {
    }
}
