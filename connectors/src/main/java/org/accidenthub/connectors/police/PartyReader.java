package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.util.List;
import java.util.regex.Pattern;
import org.accidenthub.connectors.json.JsonFields;

/**
 * Reads {@code parties[]} (spec, field table). The resident-ID checks need the ID type and
 * the receipt date, so they are rules between fields ({@link IdentityRules}).
 */
final class PartyReader {

    /** Mainland mobile number: 1, then 3-9, then 9 digits (spec, parties[].phone). */
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

    List<PoliceFile.Party> read(List<JsonFields> parties) {
        return parties.stream().map(PartyReader::party).toList();
    }

    private static PoliceFile.Party party(JsonFields party) {
        PoliceFile.Party read = new PoliceFile.Party(
                party.path(),
                party.text("ref", REQUIRED, 16),
                party.oneOf("role", REQUIRED, CodeLists.ROLES),
                party.text("name", REQUIRED, 64),
                party.oneOf("idType", REQUIRED, CodeLists.ID_TYPES),
                party.text("idNumber", REQUIRED, 0),
                party.oneOf("gender", OPTIONAL, CodeLists.GENDERS),
                party.date("birthDate", OPTIONAL),
                party.matching("phone", OPTIONAL, MOBILE, ProblemCode.PHONE_FORMAT,
                        "a mainland mobile number: 11 digits starting with 13 to 19"),
                party.text("address", OPTIONAL, 256),
                PoliceFileReader.divisionCode(party, "residenceDivisionCode", OPTIONAL),
                party.text("vehicleRef", OPTIONAL, 0),
                party.oneOf("responsibility", OPTIONAL, CodeLists.RESPONSIBILITIES),
                share(party),
                party.oneOf("injury", REQUIRED, CodeLists.INJURIES),
                party.invalid());
        party.reportUnknownFields();
        return read;
    }

    private static Integer share(JsonFields party) {
        Long share = party.integer("responsibilityShare", OPTIONAL, 0, 100);
        return share == null ? null : share.intValue();
    }
}
