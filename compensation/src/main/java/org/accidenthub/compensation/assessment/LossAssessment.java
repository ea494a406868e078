package org.accidenthub.compensation.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.accidenthub.compensation.money.Money;

/**
 * One victim's losses as entered by a mediator, judge or insurer: the inputs of every item of
 * the SPC personal-injury interpretation (2022) arts. 6–17, mental distress (Civil Code art. 1183)
 * and property loss (Civil Code art. 1184). Amounts are CNY; an amount of 0.00 means "not claimed".
 * Build with {@link #of(String, VictimRole)}; check with {@link AssessmentRules#check(LossAssessment)},
 * which reports every problem (a built assessment may still be invalid, so that all problems can
 * be listed at once).
 *
 * @param victimRef  the victim; when the victim is also a party to the accident (a driver,
 *                   pedestrian or cyclist with a liability share), the party's ref
 * @param role       where the victim was
 * @param age        age in full years at the disability assessment (定残) or at death; needed
 *                   for death and disability
 * @param died       whether the victim died
 * @param disability the appraised disability, if any
 * @param mentalDistressFirstFromCompulsory the victim asks that mental distress be paid first
 *                   from the compulsory death/disability sub-limit (SPC road-traffic
 *                   interpretation art. 13)
 */
public record LossAssessment(
        String victimRef,
        VictimRole role,
        OptionalInt age,
        boolean died,
        Optional<Disability> disability,
        List<Receipt> medicalReceipts,
        BigDecimal followUpTreatment,
        Optional<LostIncome> lostIncome,
        Optional<Nursing> nursing,
        BigDecimal transport,
        int hospitalDays,
        BigDecimal nutrition,
        BigDecimal disabilityAids,
        List<Dependant> dependants,
        BigDecimal mentalDistress,
        boolean mentalDistressFirstFromCompulsory,
        BigDecimal propertyLoss) {

    public LossAssessment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(age, "age");
        Objects.requireNonNull(disability, "disability");
        medicalReceipts = List.copyOf(medicalReceipts);
        Objects.requireNonNull(followUpTreatment, "followUpTreatment");
        Objects.requireNonNull(lostIncome, "lostIncome");
        Objects.requireNonNull(nursing, "nursing");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(nutrition, "nutrition");
        Objects.requireNonNull(disabilityAids, "disabilityAids");
        dependants = List.copyOf(dependants);
        Objects.requireNonNull(mentalDistress, "mentalDistress");
        Objects.requireNonNull(propertyLoss, "propertyLoss");
    }

    /** Starts an assessment of one victim. */
    public static Builder of(String victimRef, VictimRole role) {
        return new Builder(victimRef, role);
    }

    /** Fluent construction; every amount defaults to 0.00 (not claimed). */
    public static final class Builder {
        private final String victimRef;
        private final VictimRole role;
        private OptionalInt age = OptionalInt.empty();
        private boolean died;
        private Disability disability;
        private final List<Receipt> medicalReceipts = new ArrayList<>();
        private BigDecimal followUpTreatment = Money.ZERO;
        private LostIncome lostIncome;
        private Nursing nursing;
        private BigDecimal transport = Money.ZERO;
        private int hospitalDays;
        private BigDecimal nutrition = Money.ZERO;
        private BigDecimal disabilityAids = Money.ZERO;
        private final List<Dependant> dependants = new ArrayList<>();
        private BigDecimal mentalDistress = Money.ZERO;
        private boolean mentalDistressFirst;
        private BigDecimal propertyLoss = Money.ZERO;

        private Builder(String victimRef, VictimRole role) {
            this.victimRef = victimRef;
            this.role = role;
        }

        public Builder age(int years) {
            this.age = OptionalInt.of(years);
            return this;
        }

        public Builder died() {
            this.died = true;
            return this;
        }

        public Builder disability(Disability disability) {
            this.disability = disability;
            return this;
        }

        public Builder medicalReceipt(String reference, BigDecimal amount) {
            medicalReceipts.add(new Receipt(reference, amount));
            return this;
        }

        public Builder followUpTreatment(BigDecimal amount) {
            this.followUpTreatment = amount;
            return this;
        }

        public Builder lostIncome(LostIncome lostIncome) {
            this.lostIncome = lostIncome;
            return this;
        }

        public Builder nursing(BigDecimal dailyRate, int days, int carers) {
            this.nursing = new Nursing(dailyRate, days, carers);
            return this;
        }

        public Builder transport(BigDecimal amount) {
            this.transport = amount;
            return this;
        }

        public Builder hospitalDays(int days) {
            this.hospitalDays = days;
            return this;
        }

        public Builder nutrition(BigDecimal amount) {
            this.nutrition = amount;
            return this;
        }

        public Builder disabilityAids(BigDecimal amount) {
            this.disabilityAids = amount;
            return this;
        }

        public Builder dependant(Dependant dependant) {
            dependants.add(dependant);
            return this;
        }

        public Builder mentalDistress(BigDecimal amount) {
            this.mentalDistress = amount;
            return this;
        }

        /** The victim asks that mental distress be paid first from the compulsory insurance. */
        public Builder mentalDistressFirstFromCompulsory() {
            this.mentalDistressFirst = true;
            return this;
        }

        public Builder propertyLoss(BigDecimal amount) {
            this.propertyLoss = amount;
            return this;
        }

        public LossAssessment build() {
            return new LossAssessment(victimRef, role, age, died, Optional.ofNullable(disability),
                    medicalReceipts, followUpTreatment, Optional.ofNullable(lostIncome), Optional.ofNullable(nursing),
                    transport, hospitalDays, nutrition, disabilityAids, dependants, mentalDistress,
                    mentalDistressFirst, propertyLoss);
        }
    }
}
