package org.accidenthub.connectors.arbitration;

import static org.accidenthub.connectors.arbitration.Presence.OPTIONAL;
import static org.accidenthub.connectors.arbitration.Presence.REQUIRED;

import java.util.List;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;

/** Reads a {@code payer} or {@code payee}: a party of the accident record, or an insurer. */
final class DisputePartyReader {

    private DisputePartyReader() {
    }

    /** The party, or null when it is missing or has a problem (recorded). */
    static DisputeParty read(ElementFields owner, String name) {
        ElementFields party = owner.group(name, REQUIRED);
        if (party == null) {
            return null;
        }
        DisputePartyKind kind = party.symbol("kind", REQUIRED, List.of(DisputePartyKind.PARTY, DisputePartyKind.INSURER));
        String partyRef = party.text("partyRef", OPTIONAL, ArbitrationXml.MAX_PARTY_REF);
        String insurerCode = party.matching("insurerCode", OPTIONAL, ArbitrationXml.INSURER_CODE,
                "2 to 16 of A-Z and 0-9");
        String partyName = party.text("name", REQUIRED, ArbitrationXml.MAX_NAME);
        party.reportUnknown();
        // an invalid ref or code is reported by its own rule; *_REQUIRED only when there is none at all
        if (kind == DisputePartyKind.PARTY && !party.has("partyRef")) {
            party.fail(party.path() + "/partyRef", ArbitrationProblemCode.PARTY_REF_REQUIRED,
                    "a PARTY is named by its ref in the accident record");
        }
        if (kind == DisputePartyKind.INSURER && !party.has("insurerCode")) {
            party.fail(party.path() + "/insurerCode", ArbitrationProblemCode.INSURER_CODE_REQUIRED,
                    "an INSURER is named by its insurer code");
        }
        boolean complete = kind != null && partyName != null
                && (kind != DisputePartyKind.PARTY || partyRef != null)
                && (kind != DisputePartyKind.INSURER || insurerCode != null);
        if (!complete) {
            return null;
        }
        return DisputeParty.newBuilder()
                .setKind(kind)
                .setPartyRef(kind == DisputePartyKind.PARTY ? partyRef : null)
                .setInsurerCode(kind == DisputePartyKind.INSURER ? insurerCode : null)
                .setName(partyName)
                .build();
    }
}
