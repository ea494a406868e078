package org.accidenthub.hub.confirmation;

import java.util.List;

/** The JSON bodies of the judicial-confirmation endpoints (read strictly: an unknown field is 400). */
public final class ConfirmationBodies {

    private ConfirmationBodies() {
    }

    /** A party applies (jointly with the others) to the court with this code. */
    public record ApplicationRequest(String courtCode) {
    }

    /** @param decision ACCEPTED or NOT_ACCEPTED; NOT_ACCEPTED needs a reason */
    public record AcceptanceRequest(String decision, String reason) {
    }

    public record ExtensionRequest(String reason) {
    }

    /** @param outcome CONFIRMED or REJECTED; REJECTED needs at least one reason */
    public record RulingRequest(String outcome, List<String> reasons) {
    }
}
