package org.accidenthub.connectors.json;

/** A problem code: every format's code enum implements this, so shared readers can report its codes. */
public interface ProblemCodeName {

    /** The stable UPPER_SNAKE code (an enum constant's name). */
    String name();
}
