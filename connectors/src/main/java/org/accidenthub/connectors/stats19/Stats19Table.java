package org.accidenthub.connectors.stats19;

/**
 * The three STATS19 tables, joined by the collision index (domain.md §7). Their labels start
 * every problem path, e.g. {@code vehicle row 4, column vehicle_type}.
 */
public enum Stats19Table {

    COLLISION("collision"),
    VEHICLE("vehicle"),
    CASUALTY("casualty");

    private final String label;

    Stats19Table(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** "collision row 7" */
    String row(long line) {
        return label + " row " + line;
    }

    /** "collision row 7, column date" */
    String cell(long line, String column) {
        return row(line) + ", column " + column;
    }

    /** "collision file": a problem with the file as a whole */
    String file() {
        return label + " file";
    }
}
