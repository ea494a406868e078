package org.accidenthub.hub.cases;

import java.util.UUID;

/** What recording a file did to its case. */
public record RecordedRevision(UUID caseId, int revision, Outcome outcome) {

    public enum Outcome {
        /** A new case. */
        CREATED,
        /** Identical content was sent again: nothing changed. */
        UNCHANGED,
        /** Changed content for the same case: a new revision, the earlier ones kept. */
        REVISED
    }
}
