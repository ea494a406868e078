package org.accidenthub.hub.claims;

import java.util.List;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CasePolicy;
import org.accidenthub.hub.cases.CaseVehicle;

/**
 * A victim's right to claim from one insurer, under the listed policies.
 *
 * @param personalInjury  the victim was injured or killed
 * @param damagedVehicle  the victim's damaged vehicle (property loss), or null
 * @param covers          the insurer's policies that answer for the loss, in the file's order
 */
public record Entitlement(CaseParty victim, boolean personalInjury, CaseVehicle damagedVehicle, String insurerCode,
        List<CoveredBy> covers) {

    /** A policy and the vehicle that carries it. */
    public record CoveredBy(CasePolicy policy, CaseVehicle vehicle) {
    }
}
