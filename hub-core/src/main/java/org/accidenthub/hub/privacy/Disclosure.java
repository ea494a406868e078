package org.accidenthub.hub.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;

/**
 * Whether a caller sees the parties' ID numbers, phone numbers and addresses in full or masked
 * (PIPL arts. 28-29, domain reference §2: "show it masked unless the role needs it"). The matrix and its
 * reasons are in docs/SECURITY.md. Which cases a caller sees at all is {@code CaseScope}'s business; this
 * decides only how much of a person it sees in them.
 */
public enum Disclosure {
    /** The values as the police recorded them. */
    FULL,
    /** {@link Masks}: enough to recognise a person, not to identify or reach them. */
    MASKED;

    public static Disclosure of(Caller caller) {
        // police: the owning unit (CaseScope admits no other) collected the data and answers for it;
        // judges and arbitrators: a ruling or award names the parties by their identity documents
        if (caller.actsAs(Roles.POLICE, OrgType.POLICE) || caller.actsAs(Roles.JUDGE, OrgType.COURT)
                || caller.actsAs(Roles.ARBITRATOR, OrgType.ARBITRATION)) {
            return FULL;
        }
        // insurers, mediators, parties (other parties' data), anyone else
        return MASKED;
    }

    public String idNumber(String value) {
        return this == FULL ? value : Masks.idNumber(value);
    }

    public String phone(String value) {
        return this == FULL ? value : Masks.phone(value);
    }

    public String address(String value) {
        return this == FULL ? value : Masks.address(value);
    }

    /** Masks the parties of a canonical accident record shown as JSON (a revision), in place. */
    public ObjectNode parties(ObjectNode record) {
        if (this == FULL || record == null || !record.path("parties").isArray()) {
            return record;
        }
        for (JsonNode party : record.get("parties")) {
            if (party instanceof ObjectNode fields) {
                replace(fields, "idNumber", Masks.idNumber(text(fields, "idNumber")));
                replace(fields, "phone", Masks.phone(text(fields, "phone")));
                replace(fields, "address", Masks.address(text(fields, "address")));
            }
        }
        return record;
    }

    private static String text(ObjectNode fields, String name) {
        JsonNode value = fields.get(name);
        return value == null || !value.isTextual() ? null : value.asText();
    }

    private static void replace(ObjectNode fields, String name, String masked) {
        if (masked != null) {
            fields.put(name, masked);
        }
    }
}
