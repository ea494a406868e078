package org.accidenthub.compensation;

/**
 * The three compulsory-insurance sub-limits a loss item falls under (compulsory motor insurance
 * clauses; domain reference §6): the medical sub-limit covers medical expenses, hospital meals,
 * nutrition and follow-up treatment; death/disability covers every other personal-injury item,
 * mental distress included; property covers property loss.
 */
public enum Bucket {
    MEDICAL("medical"),
    DEATH_DISABILITY("death/disability"),
    PROPERTY("property");

    private final String label;

    Bucket(String label) {
        this.label = label;
    }

    /** Short label used in explanations, e.g. "death/disability". */
    public String label() {
        return label;
    }
}
