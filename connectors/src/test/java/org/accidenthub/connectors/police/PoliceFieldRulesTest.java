package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.police.Mutation.remove;
import static org.accidenthub.connectors.police.Mutation.set;
import static org.accidenthub.connectors.police.PoliceFiles.textOfLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Stream;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One field rule per row (spec, field table): a single change to the valid example makes the
 * file fail with exactly one error, at the expected path with the expected code.
 */
class PoliceFieldRulesTest {

    static Stream<Arguments> fieldRules() {
        return Stream.of(
                // format version
                rule(remove("/formatVersion"), "/formatVersion", ProblemCode.REQUIRED),
                rule(set("/formatVersion", "1"), "/formatVersion", ProblemCode.WRONG_TYPE),
                rule(set("/formatVersion", "\"2.0\""), "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
                rule(set("/formatVersion", "\"latest\""), "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
                rule(set("/formatVersion", "\"1\""), "/formatVersion", ProblemCode.UNSUPPORTED_FORMAT_VERSION),
                // sender
                rule(remove("/sender"), "/sender", ProblemCode.REQUIRED),
                rule(set("/sender", "\"ZMD\""), "/sender", ProblemCode.WRONG_TYPE),
                rule(remove("/sender/system"), "/sender/system", ProblemCode.REQUIRED),
                rule(set("/sender/system", textOfLength(65)), "/sender/system", ProblemCode.TOO_LONG),
                rule(set("/sender/unitCode", "\"41170000000\""), "/sender/unitCode", ProblemCode.PATTERN_MISMATCH),
                rule(set("/sender/unitCode", "411700000000"), "/sender/unitCode", ProblemCode.WRONG_TYPE),
                rule(set("/sender/unitName", "\"  \""), "/sender/unitName", ProblemCode.REQUIRED),
                rule(set("/sender/unitName", textOfLength(129)), "/sender/unitName", ProblemCode.TOO_LONG),
                // report number, procedure, times
                rule(set("/reportNumber", "\"4117-abc-0001\""), "/reportNumber", ProblemCode.PATTERN_MISMATCH),
                rule(set("/reportNumber", "\"123456789\""), "/reportNumber", ProblemCode.PATTERN_MISMATCH),
                rule(set("/reportNumber", "\"" + "1".repeat(33) + "\""), "/reportNumber", ProblemCode.PATTERN_MISMATCH),
                rule(set("/procedure", "\"NORMAL\""), "/procedure", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/occurredAt", "\"2026-10-03T08:15:00\""), "/occurredAt", ProblemCode.INVALID_DATE_TIME),
                rule(set("/occurredAt", "\"2026-10-03\""), "/occurredAt", ProblemCode.INVALID_DATE_TIME),
                rule(set("/occurredAt", "\"2026-02-30T08:15:00+08:00\""), "/occurredAt", ProblemCode.INVALID_DATE_TIME),
                rule(set("/occurredAt", "1791000000000"), "/occurredAt", ProblemCode.WRONG_TYPE),
                // location
                rule(remove("/location"), "/location", ProblemCode.REQUIRED),
                rule(remove("/location/divisionCode"), "/location/divisionCode", ProblemCode.REQUIRED),
                rule(set("/location/divisionCode", "\"4117\""), "/location/divisionCode", ProblemCode.DIVISION_CODE_FORMAT),
                rule(set("/location/divisionCode", "\"991702\""), "/location/divisionCode", ProblemCode.DIVISION_CODE_FORMAT),
                rule(set("/location/address", textOfLength(257)), "/location/address", ProblemCode.TOO_LONG),
                rule(set("/location/road", textOfLength(129)), "/location/road", ProblemCode.TOO_LONG),
                rule(set("/location/latitude", "90.5"), "/location/latitude", ProblemCode.OUT_OF_RANGE),
                rule(set("/location/longitude", "-180.01"), "/location/longitude", ProblemCode.OUT_OF_RANGE),
                rule(set("/location/latitude", "\"32.98\""), "/location/latitude", ProblemCode.WRONG_TYPE),
                rule(remove("/location/longitude"), "/location/longitude", ProblemCode.COORDINATES_INCOMPLETE),
                rule(remove("/location/latitude"), "/location/latitude", ProblemCode.COORDINATES_INCOMPLETE),
                // environment, level, form, texts
                rule(set("/environment", "[]"), "/environment", ProblemCode.WRONG_TYPE),
                rule(set("/environment/weather", "\"SUNNY\""), "/environment/weather", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/environment/light", "\"NIGHT\""), "/environment/light", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/environment/roadSurface", "\"MUD\""), "/environment/roadSurface", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/level", "\"FATAL\""), "/level", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/form", "\"side\""), "/form", ProblemCode.NOT_ALLOWED_VALUE),
                rule(remove("/narrative"), "/narrative", ProblemCode.REQUIRED),
                rule(set("/narrative", textOfLength(20_001)), "/narrative", ProblemCode.TOO_LONG),
                rule(set("/causeAnalysis", textOfLength(20_001)), "/causeAnalysis", ProblemCode.TOO_LONG),
                // finding
                rule(set("/finding", "\"LIABILITY_FINDING\""), "/finding", ProblemCode.WRONG_TYPE),
                rule(remove("/finding/kind"), "/finding/kind", ProblemCode.REQUIRED),
                rule(set("/finding/kind", "\"VERDICT\""), "/finding/kind", ProblemCode.NOT_ALLOWED_VALUE),
                rule(remove("/finding/documentNumber"), "/finding/documentNumber", ProblemCode.REQUIRED),
                rule(set("/finding/documentNumber", textOfLength(65)), "/finding/documentNumber", ProblemCode.TOO_LONG),
                rule(remove("/finding/issuedAt"), "/finding/issuedAt", ProblemCode.REQUIRED),
                rule(set("/finding/servedAt", "\"2026-10-11 09:30\""), "/finding/servedAt", ProblemCode.INVALID_DATE_TIME),
                // parties
                rule(remove("/parties"), "/parties", ProblemCode.REQUIRED),
                rule(set("/parties", "[]"), "/parties", ProblemCode.ARRAY_SIZE),
                rule(set("/parties/50", passenger(50)), "/parties", ProblemCode.ARRAY_SIZE, passengers(50)),
                rule(set("/parties/1", "\"P2\""), "/parties/1", ProblemCode.WRONG_TYPE),
                rule(remove("/parties/0/ref"), "/parties/0/ref", ProblemCode.REQUIRED),
                rule(set("/parties/0/ref", "\"" + "P".repeat(17) + "\""), "/parties/0/ref", ProblemCode.TOO_LONG),
                rule(set("/parties/0/role", "\"WITNESS\""), "/parties/0/role", ProblemCode.NOT_ALLOWED_VALUE),
                rule(remove("/parties/0/name"), "/parties/0/name", ProblemCode.REQUIRED),
                rule(set("/parties/0/name", textOfLength(65)), "/parties/0/name", ProblemCode.TOO_LONG),
                rule(set("/parties/0/idType", "\"DRIVING_LICENCE\""), "/parties/0/idType", ProblemCode.NOT_ALLOWED_VALUE),
                rule(remove("/parties/0/idNumber"), "/parties/0/idNumber", ProblemCode.REQUIRED),
                rule(set("/parties/0/gender", "\"male\""), "/parties/0/gender", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/parties/0/birthDate", "\"1985/03/14\""), "/parties/0/birthDate", ProblemCode.INVALID_DATE),
                rule(set("/parties/0/phone", "\"12803960001\""), "/parties/0/phone", ProblemCode.PHONE_FORMAT),
                rule(set("/parties/0/phone", "\"+8613803960001\""), "/parties/0/phone", ProblemCode.PHONE_FORMAT),
                rule(set("/parties/0/address", textOfLength(257)), "/parties/0/address", ProblemCode.TOO_LONG),
                rule(set("/parties/0/residenceDivisionCode", "\"000000\""), "/parties/0/residenceDivisionCode",
                        ProblemCode.DIVISION_CODE_FORMAT),
                rule(set("/parties/0/vehicleRef", "1"), "/parties/0/vehicleRef", ProblemCode.WRONG_TYPE),
                rule(set("/parties/0/responsibility", "\"PARTIAL\""), "/parties/0/responsibility",
                        ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/parties/0/responsibilityShare", "101"), "/parties/0/responsibilityShare",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/parties/0/responsibilityShare", "-1"), "/parties/0/responsibilityShare",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/parties/0/responsibilityShare", "70.5"), "/parties/0/responsibilityShare",
                        ProblemCode.WRONG_TYPE),
                rule(set("/parties/0/responsibilityShare", "\"70\""), "/parties/0/responsibilityShare",
                        ProblemCode.WRONG_TYPE),
                rule(remove("/parties/0/injury"), "/parties/0/injury", ProblemCode.REQUIRED),
                // resident ID (GB 11643-1999)
                rule(set("/parties/0/idNumber", "\"41170219850314123\""), "/parties/0/idNumber", ProblemCode.ID_FORMAT),
                rule(set("/parties/0/idNumber", "\"41170219850314123x\""), "/parties/0/idNumber", ProblemCode.ID_FORMAT),
                rule(set("/parties/0/idNumber", "\"411702198503141231\""), "/parties/0/idNumber",
                        ProblemCode.ID_CHECK_CHARACTER),
                rule(set("/parties/0/idNumber", "\"411702198502301239\""), "/parties/0/idNumber",
                        ProblemCode.ID_BIRTH_DATE),
                rule(set("/parties/0/idNumber", "\"411702202701011233\""), "/parties/0/idNumber",
                        ProblemCode.ID_BIRTH_DATE),
                // vehicles
                rule(remove("/vehicles"), "/vehicles", ProblemCode.REQUIRED),
                rule(set("/vehicles", "{}"), "/vehicles", ProblemCode.WRONG_TYPE),
                rule(remove("/vehicles/0/ref"), "/vehicles/0/ref", ProblemCode.REQUIRED),
                rule(set("/vehicles/0/ref", "\"" + "V".repeat(17) + "\""), "/vehicles/0/ref", ProblemCode.TOO_LONG),
                rule(remove("/vehicles/0/plate"), "/vehicles/0/plate", ProblemCode.PLATE_REQUIRED),
                rule(set("/vehicles/0/plate", "\"豫Q1234\""), "/vehicles/0/plate", ProblemCode.PLATE_FORMAT),
                rule(set("/vehicles/0/plate", "\"台A12345\""), "/vehicles/0/plate", ProblemCode.PLATE_FORMAT),
                rule(set("/vehicles/0/plate", "\"豫I12345\""), "/vehicles/0/plate", ProblemCode.PLATE_FORMAT),
                rule(set("/vehicles/0/plate", "\"豫QD6789A\""), "/vehicles/0/plate", ProblemCode.PLATE_FORMAT),
                rule(set("/vehicles/0/category", "\"SUV\""), "/vehicles/0/category", ProblemCode.NOT_ALLOWED_VALUE),
                rule(remove("/vehicles/0/motorVehicle"), "/vehicles/0/motorVehicle", ProblemCode.REQUIRED),
                rule(set("/vehicles/0/motorVehicle", "\"true\""), "/vehicles/0/motorVehicle", ProblemCode.WRONG_TYPE),
                rule(set("/vehicles/0/vin", "\"LSVAU2A31N212345\""), "/vehicles/0/vin", ProblemCode.VIN_FORMAT),
                rule(set("/vehicles/0/vin", "\"LSVAU2A31N2I23456\""), "/vehicles/0/vin", ProblemCode.VIN_FORMAT),
                rule(set("/vehicles/0/vin", "\"LSVAU2A32N2123456\""), "/vehicles/0/vin", ProblemCode.VIN_CHECK_DIGIT),
                rule(set("/vehicles/0/ownerName", textOfLength(65)), "/vehicles/0/ownerName", ProblemCode.TOO_LONG),
                rule(set("/vehicles/0/damage", "\"DESTROYED\""), "/vehicles/0/damage", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/vehicles/50", bicycle(50)), "/vehicles", ProblemCode.ARRAY_SIZE, vehicles(50)),
                // policies
                rule(set("/vehicles/0/policies", "{}"), "/vehicles/0/policies", ProblemCode.WRONG_TYPE),
                rule(set("/vehicles/0/policies/0/kind", "\"THEFT\""), "/vehicles/0/policies/0/kind",
                        ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/vehicles/0/policies/0/insurerCode", "\"picc\""), "/vehicles/0/policies/0/insurerCode",
                        ProblemCode.PATTERN_MISMATCH),
                rule(set("/vehicles/0/policies/0/insurerCode", "\"P\""), "/vehicles/0/policies/0/insurerCode",
                        ProblemCode.PATTERN_MISMATCH),
                rule(remove("/vehicles/0/policies/0/policyNumber"), "/vehicles/0/policies/0/policyNumber",
                        ProblemCode.REQUIRED),
                rule(set("/vehicles/0/policies/0/policyNumber", textOfLength(65)), "/vehicles/0/policies/0/policyNumber",
                        ProblemCode.TOO_LONG),
                rule(set("/vehicles/0/policies/0/validFrom", "\"2026-3-1\""), "/vehicles/0/policies/0/validFrom",
                        ProblemCode.INVALID_DATE),
                rule(set("/vehicles/0/policies/0/validTo", "\"2027-02-29\""), "/vehicles/0/policies/0/validTo",
                        ProblemCode.INVALID_DATE),
                rule(remove("/vehicles/0/policies/0/validTo"), "/vehicles/0/policies/0/validTo", ProblemCode.REQUIRED),
                rule(remove("/vehicles/0/policies/1/limit"), "/vehicles/0/policies/1/limit", ProblemCode.LIMIT_REQUIRED),
                rule(set("/vehicles/0/policies/1/limit", "1000000"), "/vehicles/0/policies/1/limit",
                        ProblemCode.WRONG_TYPE),
                rule(set("/vehicles/0/policies/1/limit", "\"1000000.005\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.PATTERN_MISMATCH),
                rule(set("/vehicles/0/policies/1/limit", "\"1,000,000\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.PATTERN_MISMATCH),
                rule(set("/vehicles/0/policies/1/limit", "\"1e6\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.PATTERN_MISMATCH),
                rule(set("/vehicles/0/policies/1/limit", "\"0.00\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/vehicles/0/policies/1/limit", "\"-5\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/vehicles/0/policies/1/limit", "\"100000000000000\""), "/vehicles/0/policies/1/limit",
                        ProblemCode.OUT_OF_RANGE),
                // attachments
                rule(set("/attachments", "\"finding.pdf\""), "/attachments", ProblemCode.WRONG_TYPE),
                rule(set("/attachments", attachments(21)), "/attachments", ProblemCode.ARRAY_SIZE),
                rule(set("/attachments", "[" + attachment("name", textOfLength(129)) + "]"), "/attachments/0/name",
                        ProblemCode.TOO_LONG),
                rule(set("/attachments", "[" + attachment("name", null) + "]"), "/attachments/0/name",
                        ProblemCode.REQUIRED),
                rule(set("/attachments", "[" + attachment("mediaType", "\"image/gif\"") + "]"),
                        "/attachments/0/mediaType", ProblemCode.NOT_ALLOWED_VALUE),
                rule(set("/attachments", "[" + attachment("sha256", "\"" + "a".repeat(63) + "\"") + "]"),
                        "/attachments/0/sha256", ProblemCode.PATTERN_MISMATCH),
                rule(set("/attachments", "[" + attachment("sha256", "\"" + "g".repeat(64) + "\"") + "]"),
                        "/attachments/0/sha256", ProblemCode.PATTERN_MISMATCH),
                rule(set("/attachments", "[" + attachment("size", "0") + "]"), "/attachments/0/size",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/attachments", "[" + attachment("size", "20971521") + "]"), "/attachments/0/size",
                        ProblemCode.OUT_OF_RANGE),
                rule(set("/attachments", "[" + attachment("size", "\"1024\"") + "]"), "/attachments/0/size",
                        ProblemCode.WRONG_TYPE));
    }

    @ParameterizedTest(name = "{0} is refused with {2} at {1}")
    @MethodSource("fieldRules")
    void aBrokenFieldIsRefusedWithExactlyItsPathAndCode(Mutations change, String path, ProblemCode code) {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE, change.all());

        assertThat(conversion.accepted()).isFalse();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code.name()));
    }

    private static Arguments rule(Mutation mutation, String path, ProblemCode code, Mutation... setup) {
        Mutation[] all = Stream.concat(Stream.of(setup), Stream.of(mutation)).toArray(Mutation[]::new);
        return Arguments.of(new Mutations(all), path, code);
    }

    /** Fills /vehicles (which has 2) up to the given size with bicycles. */
    private static Mutation[] vehicles(int count) {
        return Stream.iterate(2, i -> i < count, i -> i + 1)
                .map(i -> set("/vehicles/" + i, bicycle(i)))
                .toArray(Mutation[]::new);
    }

    /** Fills /parties (which has 2) up to the given size with passengers. */
    private static Mutation[] passengers(int count) {
        return Stream.iterate(2, i -> i < count, i -> i + 1)
                .map(i -> set("/parties/" + i, passenger(i)))
                .toArray(Mutation[]::new);
    }

    private static String passenger(int number) {
        return "{\"ref\":\"X" + number + "\",\"role\":\"PASSENGER\",\"name\":\"乘客\",\"idType\":\"OTHER\","
                + "\"idNumber\":\"X" + number + "\",\"injury\":\"NONE\"}";
    }

    private static String bicycle(int number) {
        return "{\"ref\":\"B" + number + "\",\"category\":\"BICYCLE\",\"motorVehicle\":false}";
    }

    /** A valid attachment with one field replaced (or removed when the value is null). */
    static String attachment(String field, String value) {
        var node = PoliceFiles.JSON.createObjectNode()
                .put("name", "finding.pdf")
                .put("mediaType", "application/pdf")
                .put("sha256", "8bf18252cb6dadd5f42fca108271e688696209cdb6fae22e32318b204e6eb37d")
                .put("size", 184320);
        node.remove(field);
        String json = node.toString();
        return value == null ? json : json.substring(0, json.length() - 1) + ",\"" + field + "\":" + value + "}";
    }

    private static String attachments(int count) {
        return Stream.iterate(0, i -> i < count, i -> i + 1)
                .map(i -> attachment("name", "\"scene-" + i + ".jpg\""))
                .reduce((a, b) -> a + "," + b)
                .map(list -> "[" + list + "]")
                .orElse("[]");
    }

    /** The changes of one row, named for the test report. */
    record Mutations(Mutation[] all) {
        @Override
        public String toString() {
            return all[all.length - 1].toString();
        }
    }
}
