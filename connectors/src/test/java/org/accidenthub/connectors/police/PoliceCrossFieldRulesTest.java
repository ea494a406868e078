package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.police.Mutation.remove;
import static org.accidenthub.connectors.police.Mutation.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.Stream;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One rule between fields per row (spec, the rows that name other fields, and the
 * cross-field rules): small changes to the valid example, exactly one error or warning.
 */
class PoliceCrossFieldRulesTest {

    static Stream<Arguments> errorRules() {
        return Stream.of(
                row("a second party with ref P1", "/parties/1/ref", ProblemCode.DUPLICATE_REF,
                        set("/parties/1/ref", "\"P1\"")),
                row("a second vehicle with ref V1", "/vehicles/1/ref", ProblemCode.DUPLICATE_REF,
                        set("/vehicles/1/ref", "\"V1\""), set("/parties/1/vehicleRef", "\"V1\"")),
                row("a driver naming a vehicle not in the file", "/parties/0/vehicleRef", ProblemCode.UNKNOWN_VEHICLE_REF,
                        set("/parties/0/vehicleRef", "\"V9\"")),
                row("a passenger naming a vehicle not in the file", "/parties/2/vehicleRef",
                        ProblemCode.UNKNOWN_VEHICLE_REF, set("/parties/2", passenger("\"vehicleRef\":\"V9\""))),
                row("a driver without a vehicle", "/parties/0/vehicleRef", ProblemCode.VEHICLE_REF_REQUIRED,
                        remove("/parties/0/vehicleRef")),
                row("a driver without responsibility under a liability finding", "/parties/1/responsibility",
                        ProblemCode.RESPONSIBILITY_REQUIRED, remove("/parties/1/responsibility")),
                row("a pedestrian without responsibility under a liability finding", "/parties/1/responsibility",
                        ProblemCode.RESPONSIBILITY_REQUIRED, set("/parties/1/role", "\"PEDESTRIAN\""),
                        remove("/parties/1/vehicleRef"), remove("/parties/1/responsibility")),
                row("a cyclist without responsibility under a liability finding", "/parties/1/responsibility",
                        ProblemCode.RESPONSIBILITY_REQUIRED, set("/parties/1/role", "\"CYCLIST\""),
                        remove("/parties/1/responsibility")),
                row("a share without a responsibility class", "/parties/2/responsibility",
                        ProblemCode.RESPONSIBILITY_REQUIRED, set("/parties/2", passenger("\"responsibilityShare\":0"))),
                row("default shares that sum to 80 (EQUAL 50 + SECONDARY 30)", "/parties", ProblemCode.SHARES_SUM,
                        set("/parties/0/responsibility", "\"EQUAL\"")),
                row("explicit shares that sum to 99", "/parties", ProblemCode.SHARES_SUM,
                        set("/parties/0/responsibilityShare", "69")),
                row("an explicit share beside a default that sum to 110", "/parties", ProblemCode.SHARES_SUM,
                        set("/parties/1/responsibilityShare", "40")),
                row("a liability finding where no party has a responsibility", "/parties", ProblemCode.SHARES_SUM,
                        set("/parties/0/role", "\"OWNER\""), remove("/parties/0/vehicleRef"),
                        remove("/parties/0/responsibility"), set("/parties/1/role", "\"PASSENGER\""),
                        remove("/parties/1/responsibility")),
                row("an accident 6 minutes after receipt", "/occurredAt", ProblemCode.OCCURRED_IN_FUTURE,
                        set("/occurredAt", "\"2026-11-01T08:06:00+08:00\""), remove("/finding")),
                row("a finding issued a second before the accident", "/finding/issuedAt",
                        ProblemCode.ISSUED_BEFORE_OCCURRED, set("/finding/issuedAt", "\"2026-10-03T00:14:59Z\"")),
                row("a finding served before it was issued", "/finding/servedAt", ProblemCode.SERVED_BEFORE_ISSUED,
                        set("/finding/servedAt", "\"2026-10-10T09:59:00+08:00\"")),
                row("a gender the resident ID contradicts", "/parties/0/gender", ProblemCode.GENDER_MISMATCH,
                        set("/parties/0/gender", "\"F\"")),
                row("a birth date the resident ID contradicts", "/parties/0/birthDate", ProblemCode.BIRTH_DATE_MISMATCH,
                        set("/parties/0/birthDate", "\"1985-03-15\"")),
                row("two attachments with one name", "/attachments/1/name", ProblemCode.DUPLICATE_ATTACHMENT_NAME,
                        set("/attachments", "[" + PoliceFieldRulesTest.attachment("size", "1") + ","
                                + PoliceFieldRulesTest.attachment("size", "2") + "]")));
    }

    static Stream<Arguments> warningRules() {
        return Stream.of(
                row("a motor vehicle without policies", "/vehicles/1/policies", ProblemCode.UNINSURED_MOTOR_VEHICLE,
                        remove("/vehicles/1/policies")),
                row("a motor vehicle with only a commercial policy", "/vehicles/0/policies",
                        ProblemCode.UNINSURED_MOTOR_VEHICLE, remove("/vehicles/0/policies/0")),
                row("a policy that starts the day after the accident", "/vehicles/1/policies/0/validFrom",
                        ProblemCode.POLICY_NOT_IN_FORCE, set("/vehicles/1/policies/0/validFrom", "\"2026-10-04\"")),
                row("a policy that ended the day before the accident", "/vehicles/1/policies/0/validTo",
                        ProblemCode.POLICY_NOT_IN_FORCE, set("/vehicles/1/policies/0/validTo", "\"2026-10-02\"")),
                row("an unknown top-level field", "/caseOfficer", ProblemCode.UNKNOWN_FIELD,
                        set("/caseOfficer", "{\"name\":\"刘警官\",\"badge\":\"012345\"}")),
                row("an unknown field in a party", "/parties/0/nationality", ProblemCode.UNKNOWN_FIELD,
                        set("/parties/0/nationality", "\"CN\"")),
                row("an unknown field in a policy", "/vehicles/0/policies/1/deductible",
                        ProblemCode.UNKNOWN_FIELD, set("/vehicles/0/policies/1/deductible", "\"500.00\"")),
                row("an unknown field with a slash in its name", "/finding/appeal~1review", ProblemCode.UNKNOWN_FIELD,
                        set("/finding/appeal~1review", "null")));
    }

    @ParameterizedTest(name = "{0} is refused with {2} at {1}")
    @MethodSource("errorRules")
    void aBrokenRuleBetweenFieldsIsRefusedWithItsPathAndCode(String change, String path, ProblemCode code,
            List<Mutation> mutations) {
        Conversion<AccidentRecord> conversion = read(mutations);

        assertThat(conversion.accepted()).isFalse();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code.name()));
    }

    @ParameterizedTest(name = "{0} is accepted with {2} at {1}")
    @MethodSource("warningRules")
    void anOddityIsAcceptedWithAWarningAtItsPath(String change, String path, ProblemCode code,
            List<Mutation> mutations) {
        Conversion<AccidentRecord> conversion = read(mutations);

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).extracting(Problem::path, Problem::code).containsExactly(tuple(path, code.name()));
    }

    @Test
    void anAccidentFiveMinutesAfterReceiptIsWithinTheClockSkew() {
        assertThat(PoliceFiles.read(PoliceFiles.EXAMPLE, set("/occurredAt", "\"2026-11-01T08:05:00+08:00\""),
                remove("/finding")).errors()).isEmpty();
    }

    @Test
    void aFindingServedTheMomentItIsIssuedIsAccepted() {
        assertThat(PoliceFiles.read(PoliceFiles.EXAMPLE, set("/finding/servedAt", "\"2026-10-10T02:00:00Z\""))
                .errors()).isEmpty();
    }

    @Test
    void policyDatesAreComparedWithTheAccidentDateInChinaStandardTime() {
        // 16:30 UTC on 2 October is 00:30 on 3 October in Beijing, the day the policy starts
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/occurredAt", "\"2026-10-02T16:30:00Z\""),
                set("/vehicles/1/policies/0/validFrom", "\"2026-10-03\""));

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).isEmpty();
    }

    @Test
    void aPolicyIsInForceOnItsFirstAndLastDay() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/vehicles/0/policies/0/validTo", "\"2026-10-03\""),
                set("/vehicles/1/policies/0/validFrom", "\"2026-10-03\""));

        assertThat(conversion.warnings()).isEmpty();
    }

    @Test
    void anAccidentCertificateNeedsNoResponsibilities() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/finding/kind", "\"ACCIDENT_CERTIFICATE\""),
                remove("/parties/0/responsibility"), remove("/parties/1/responsibility"));

        assertThat(conversion.errors()).isEmpty();
    }

    @Test
    void aNonMotorVehicleNeedsNoPlateAndNoPolicy() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/vehicles/1/motorVehicle", "false"), set("/vehicles/1/category", "\"E_BIKE\""),
                remove("/vehicles/1/plate"), remove("/vehicles/1/policies"));

        assertThat(conversion.errors()).isEmpty();
        assertThat(conversion.warnings()).isEmpty();
    }

    @Test
    void aFieldInsideAnUnknownObjectIsNotReportedAgain() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/caseOfficer", "{\"name\":\"刘警官\",\"unit\":{\"code\":\"411700000000\"}}"));

        assertThat(conversion.warnings()).extracting(Problem::path).containsExactly("/caseOfficer");
    }

    private static Conversion<AccidentRecord> read(List<Mutation> mutations) {
        return PoliceFiles.read(PoliceFiles.EXAMPLE, mutations.toArray(Mutation[]::new));
    }

    private static Arguments row(String change, String path, ProblemCode code, Mutation... mutations) {
        return Arguments.of(change, path, code, List.of(mutations));
    }

    /** A third party, a passenger in V1, with extra JSON members. */
    private static String passenger(String extraMembers) {
        return "{\"ref\":\"P3\",\"role\":\"PASSENGER\",\"name\":\"王芳\",\"idType\":\"PASSPORT\","
                + "\"idNumber\":\"E12345678\",\"injury\":\"MINOR\"," + extraMembers + "}";
    }
}
