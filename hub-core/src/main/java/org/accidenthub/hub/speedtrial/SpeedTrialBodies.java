package org.accidenthub.hub.speedtrial;

import java.util.List;

/** The JSON bodies of the speed-trial endpoints (read strictly). */
public final class SpeedTrialBodies {

    private SpeedTrialBodies() {
    }

    /** @param procedure SMALL_CLAIMS (2 months) or SIMPLIFIED (3 months) */
    public record FilingRequest(String courtCode, String procedure) {
    }

    /** @param outcome UPHELD, PARTLY_UPHELD, DISMISSED, WITHDRAWN or SETTLED_IN_COURT */
    public record JudgmentRequest(String outcome, List<AmountBody> amounts, String reasons) {
    }

    /** @param payer {@code {"kind":"INSURER","insurerCode":…}} or {@code {"kind":"PARTY","partyRef":…}} */
    public record AmountBody(org.accidenthub.hub.mediation.MediationBodies.PayerBody payer, String payeeRef,
            String amount) {
    }
}
