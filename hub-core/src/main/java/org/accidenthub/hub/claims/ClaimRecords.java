package org.accidenthub.hub.claims;

import java.util.List;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseVehicle;

/** Everything stored about one claim, and the case it belongs to: what a {@link ClaimView} is made of. */
record ClaimRecords(Claim claim, AccidentCase kase, List<CaseParty> parties, List<CaseVehicle> vehicles,
        List<Cover> covers, List<CoverVerification> verifications, List<Offer> offers, List<Payment> payments,
        List<DeadlineBreach> breaches) {
}
