package org.accidenthub.compensation.items;

/**
 * How many years disability and death compensation (SPC arts. 12 and 15) and an adult
 * dependant's living expenses (SPC art. 17) are counted for: 20 years; from age 60 one year less
 * per year of age over 60 (60 → 20, 61 → 19, 65 → 15, 74 → 6); from age 75 a fixed 5.
 * "六十周岁以上" includes 60, and at 60 no year has yet been added, so 60 still gets 20. The two
 * rules meet at 75: 20 − (75 − 60) = 5, the same as the fixed 5, so there is no jump.
 */
public final class YearsOfCompensation {

    /** Years under 60. */
    public static final int FULL = 20;
    /** Years from 75. */
    public static final int FLOOR = 5;

    private YearsOfCompensation() {
    }

    /** The years for a person of this age in full years (周岁) at assessment or death. */
    public static int forAge(int age) {
        if (age < 0) {
            throw new IllegalArgumentException("age cannot be negative: " + age);
        }
        if (age < 60) {
            return FULL;
        }
        if (age < 75) {
            return FULL - (age - 60);
        }
        return FLOOR;
    }

    /** "age 65: 20 − (65 − 60) = 15 years": the rule as applied, for explanations. */
    public static String explain(int age) {
        int years = forAge(age);
        if (age < 60) {
            return "age " + age + " (under 60): " + years + " years";
        }
        if (age < 75) {
            return "age " + age + ": 20 − (" + age + " − 60) = " + years + " years";
        }
        return "age " + age + " (75 or over): " + years + " years";
    }
}
