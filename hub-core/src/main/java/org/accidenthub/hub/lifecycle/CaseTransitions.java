package org.accidenthub.hub.lifecycle;

import static org.accidenthub.hub.cases.CaseState.AGREED;
import static org.accidenthub.hub.cases.CaseState.ARBITRATION_REFERRED;
import static org.accidenthub.hub.cases.CaseState.AWARDED;
import static org.accidenthub.hub.cases.CaseState.CLAIMS_OPEN;
import static org.accidenthub.hub.cases.CaseState.CLOSED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMATION_REJECTED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMATION_REQUESTED;
import static org.accidenthub.hub.cases.CaseState.CONFIRMED;
import static org.accidenthub.hub.cases.CaseState.JUDGED;
import static org.accidenthub.hub.cases.CaseState.LIABILITY_DETERMINED;
import static org.accidenthub.hub.cases.CaseState.LITIGATION_FILED;
import static org.accidenthub.hub.cases.CaseState.MEDIATING;
import static org.accidenthub.hub.cases.CaseState.MEDIATION_FAILED;
import static org.accidenthub.hub.cases.CaseState.PAYING;
import static org.accidenthub.hub.cases.CaseState.REPORTED;
import static org.accidenthub.hub.cases.CaseState.SETTLED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.accidenthub.hub.cases.CaseState;

/**
 * What may follow what (domain reference §3). The one table of the lifecycle: {@link CaseLifecycle}
 * refuses every move it does not list, and docs/MEDIATION-AND-CONFIRMATION.md draws it.
 */
public final class CaseTransitions {

    private static final Map<CaseState, Set<CaseState>> NEXT = new EnumMap<>(CaseState.class);

    static {
        // police intake: a finding, then the claims it opens (CaseRecorder, ClaimOpening)
        NEXT.put(REPORTED, EnumSet.of(LIABILITY_DETERMINED, CLAIMS_OPEN, MEDIATING));
        // mediation needs no finding: parties may mediate on an accident certificate, too
        NEXT.put(LIABILITY_DETERMINED, EnumSet.of(CLAIMS_OPEN, MEDIATING));
        NEXT.put(CLAIMS_OPEN, EnumSet.of(MEDIATING));
        NEXT.put(MEDIATING, EnumSet.of(AGREED, MEDIATION_FAILED));
        // People's Mediation Law art. 26 / Civil Procedure Law: after a failed mediation, mediate again or sue
        NEXT.put(MEDIATION_FAILED, EnumSet.of(MEDIATING, LITIGATION_FILED, ARBITRATION_REFERRED));
        // an agreement becomes enforceable by confirmation (or an award); parties may also just pay it
        NEXT.put(AGREED, EnumSet.of(CONFIRMATION_REQUESTED, ARBITRATION_REFERRED, PAYING));
        NEXT.put(CONFIRMATION_REQUESTED, EnumSet.of(CONFIRMED, CONFIRMATION_REJECTED));
        NEXT.put(CONFIRMED, EnumSet.of(PAYING));
        // Civil Procedure Law art. 206: after a rejection, change the agreement by mediation or sue
        NEXT.put(CONFIRMATION_REJECTED, EnumSet.of(MEDIATING, LITIGATION_FILED));
        NEXT.put(ARBITRATION_REFERRED, EnumSet.of(AWARDED));
        // an award that dismisses the claims (or records a withdrawal) leaves nothing to pay, as a judgment can
        NEXT.put(AWARDED, EnumSet.of(PAYING, CLOSED));
        NEXT.put(LITIGATION_FILED, EnumSet.of(JUDGED));
        // a judgment that awards nothing leaves nothing to pay
        NEXT.put(JUDGED, EnumSet.of(PAYING, CLOSED));
        NEXT.put(PAYING, EnumSet.of(SETTLED));
        NEXT.put(SETTLED, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(CaseState.class));
    }

    private CaseTransitions() {
    }

    public static boolean allowed(CaseState from, CaseState to) {
        return NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** The states that may follow {@code from}, for error messages and the docs. */
    public static Set<CaseState> after(CaseState from) {
        return Set.copyOf(NEXT.getOrDefault(from, Set.of()));
    }
}
