package org.accidenthub.compensation.assessment;

/**
 * A person the victim had to support (被扶养人), SPC personal-injury interpretation art. 17.
 *
 * @param ref        short reference shown in the explanation, e.g. "D1"
 * @param kind       minor, or adult close relative without work capacity and other income
 * @param age        age in full years at the assessment (or death) date
 * @param supporters people legally bound to support this dependant, the victim included (≥ 1);
 *                   the victim owes only its part: ÷ supporters
 */
public record Dependant(String ref, Kind kind, int age, int supporters) {

    /** Why the person is a dependant. */
    public enum Kind {
        /** Under 18: supported until 18. */
        MINOR,
        /** Adult without work capacity and other income: 20 years, with the age rule. */
        ADULT_WITHOUT_WORK_CAPACITY
    }

    public static Dependant minor(String ref, int age, int supporters) {
        return new Dependant(ref, Kind.MINOR, age, supporters);
    }

    public static Dependant adultWithoutWorkCapacity(String ref, int age, int supporters) {
        return new Dependant(ref, Kind.ADULT_WITHOUT_WORK_CAPACITY, age, supporters);
    }
}
