package org.accidenthub.hub.mediation;

import java.util.List;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;

/** Persons and insurers of a dispute as the canonical records name them. */
public final class DisputeParties {

    private DisputeParties() {
    }

    public static DisputeParty person(CaseParty party) {
        return DisputeParty.newBuilder().setKind(DisputePartyKind.PARTY).setPartyRef(party.ref)
                .setName(party.name).build();
    }

    /** The hub knows insurers by code only; documents print the code until an insurer register exists. */
    public static DisputeParty insurer(String insurerCode) {
        return DisputeParty.newBuilder().setKind(DisputePartyKind.INSURER).setInsurerCode(insurerCode)
                .setName(insurerCode).build();
    }

    /** A payer or payee of a term: a party of the case by ref, or an insurer by code. */
    public static DisputeParty of(DisputePartyKind kind, String code, List<CaseParty> parties) {
        if (kind == DisputePartyKind.INSURER) {
            return insurer(code);
        }
        return parties.stream().filter(p -> p.ref.equals(code)).findFirst().map(DisputeParties::person)
                .orElseGet(() -> DisputeParty.newBuilder().setKind(kind).setPartyRef(code).setName(code).build());
    }
}
