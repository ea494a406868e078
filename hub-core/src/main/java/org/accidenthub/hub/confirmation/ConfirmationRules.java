package org.accidenthub.hub.confirmation;

import java.util.List;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/** The refusals of judicial confirmation, each citing the rule that drives it (docs/MEDIATION-AND-CONFIRMATION.md). */
final class ConfirmationRules {

    static final String APPLICATION_WINDOW = "People's Mediation Law art. 33 and Civil Procedure Law art. 205:"
            + " the parties apply jointly within 30 days of the agreement taking effect";
    static final String ONE_EXTENSION = "SPC provisions on judicial confirmation of people's mediation agreements"
            + " (2011): the ruling is due within 15 days of acceptance, extendable once by 10 days";

    private ConfirmationRules() {
    }

    static ProblemException conflict(String code, String detail, String rule) {
        return ProblemException.conflict(detail, List.of(new Problem("", code, rule)));
    }

    static ProblemException wrongState(ConfirmationApplicationRow row, String action) {
        return conflict("APPLICATION_STATE", "the application is " + row.state + ": " + action + " is not possible",
                action + " is not allowed when the application is " + row.state);
    }
}
