package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.util.regex.Pattern;
import org.accidenthub.connectors.identity.DivisionCode;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Presence;

/**
 * Reads the top level of a police file field by field (spec, field table), delegating the
 * parties, vehicles and attachments. Field rules only; rules between fields come later.
 */
final class PoliceFileReader {

    /** The longest text field (narrative, causeAnalysis). */
    static final int MAX_TEXT_LENGTH = 20_000;

    private static final Pattern UNIT_CODE = Pattern.compile("[0-9]{12}");
    private static final Pattern REPORT_NUMBER = Pattern.compile("[0-9A-Z-]{10,32}");

    /** Reads a file whose version {@link FormatVersion} has already read (and found readable). */
    PoliceFile read(JsonFields file, FormatVersion version) {
        PoliceFile parsed = new PoliceFile(
                version.declared(),
                sender(file.object("sender", REQUIRED)),
                file.matching("reportNumber", REQUIRED, REPORT_NUMBER, ProblemCode.PATTERN_MISMATCH,
                        "10 to 32 characters from 0-9, A-Z and -"),
                file.oneOf("procedure", REQUIRED, CodeLists.PROCEDURES),
                file.dateTime("occurredAt", REQUIRED),
                location(file.object("location", REQUIRED)),
                environment(file.object("environment", OPTIONAL)),
                file.oneOf("level", REQUIRED, CodeLists.LEVELS),
                file.oneOf("form", REQUIRED, CodeLists.FORMS),
                file.text("narrative", REQUIRED, MAX_TEXT_LENGTH),
                file.text("causeAnalysis", OPTIONAL, MAX_TEXT_LENGTH),
                finding(file.object("finding", OPTIONAL)),
                new PartyReader().read(file.objects("parties", REQUIRED, 1, 50)),
                new VehicleReader().read(file.objects("vehicles", REQUIRED, 0, 50)),
                new AttachmentReader().read(file.objects("attachments", OPTIONAL, 0, 20)),
                file.invalid());
        file.reportUnknownFields();
        return parsed;
    }

    private static PoliceFile.Sender sender(JsonFields sender) {
        if (sender == null) {
            return null;
        }
        PoliceFile.Sender read = new PoliceFile.Sender(
                sender.text("system", REQUIRED, 64),
                sender.matching("unitCode", REQUIRED, UNIT_CODE, ProblemCode.PATTERN_MISMATCH, "12 digits"),
                sender.text("unitName", REQUIRED, 128));
        sender.reportUnknownFields();
        return read;
    }

    private static PoliceFile.Location location(JsonFields location) {
        if (location == null) {
            return null;
        }
        PoliceFile.Location read = new PoliceFile.Location(
                divisionCode(location, "divisionCode", REQUIRED),
                location.text("address", REQUIRED, 256),
                location.text("road", OPTIONAL, 128),
                location.decimal("latitude", OPTIONAL, -90, 90),
                location.decimal("longitude", OPTIONAL, -180, 180));
        coordinatesComplete(location);
        location.reportUnknownFields();
        return read;
    }

    /** Spec: latitude and longitude both or neither; the problem is reported at the missing one. */
    private static void coordinatesComplete(JsonFields location) {
        boolean latitude = location.present("latitude");
        boolean longitude = location.present("longitude");
        if (latitude != longitude) {
            String missing = latitude ? "longitude" : "latitude";
            location.fail(missing, ProblemCode.COORDINATES_INCOMPLETE,
                    "latitude and longitude must be given together or not at all");
        }
    }

    private static PoliceFile.Environment environment(JsonFields environment) {
        if (environment == null) {
            return null;
        }
        PoliceFile.Environment read = new PoliceFile.Environment(
                environment.oneOf("weather", OPTIONAL, CodeLists.WEATHER),
                environment.oneOf("light", OPTIONAL, CodeLists.LIGHT),
                environment.oneOf("roadSurface", OPTIONAL, CodeLists.ROAD_SURFACES));
        environment.reportUnknownFields();
        return read;
    }

    private static PoliceFile.Finding finding(JsonFields finding) {
        if (finding == null) {
            return null;
        }
        PoliceFile.Finding read = new PoliceFile.Finding(
                finding.path(),
                finding.oneOf("kind", REQUIRED, CodeLists.FINDING_KINDS),
                finding.text("documentNumber", REQUIRED, 64),
                finding.dateTime("issuedAt", REQUIRED),
                finding.dateTime("servedAt", OPTIONAL));
        finding.reportUnknownFields();
        return read;
    }

    /** A GB/T 2260 division code (location, a party's residence). */
    static String divisionCode(JsonFields fields, String name, Presence presence) {
        return fields.checked(name, presence, DivisionCode::isValid, ProblemCode.DIVISION_CODE_FORMAT,
                "a 6-digit administrative division code (GB/T 2260)");
    }
}
