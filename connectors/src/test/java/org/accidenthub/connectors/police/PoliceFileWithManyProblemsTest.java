package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.police.Mutation.remove;
import static org.accidenthub.connectors.police.Mutation.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.Test;

/** A sender fixes a file in one round trip: every problem comes back, not only the first. */
class PoliceFileWithManyProblemsTest {

    @Test
    void aFileWithManyProblemsReturnsEveryOneOfThem() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/sender/unitCode", "\"4117\""),
                set("/occurredAt", "\"2026-10-03 08:15\""),
                set("/location/divisionCode", "\"000000\""),
                set("/parties/0/idNumber", "\"411702198503141231\""),
                set("/parties/1/gender", "\"M\""),
                set("/parties/1/vehicleRef", "\"V7\""),
                set("/vehicles/0/vin", "\"LSVAU2A32N2123456\""),
                remove("/vehicles/0/policies/1/limit"),
                set("/finding/servedAt", "\"2026-10-09T10:00:00+08:00\""),
                set("/environment/fog", "true"),
                remove("/vehicles/1/policies"));

        assertThat(conversion.accepted()).isFalse();
        assertThat(conversion.errors()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("/sender/unitCode", "PATTERN_MISMATCH"),
                tuple("/occurredAt", "INVALID_DATE_TIME"),
                tuple("/location/divisionCode", "DIVISION_CODE_FORMAT"),
                tuple("/parties/0/idNumber", "ID_CHECK_CHARACTER"),
                tuple("/parties/1/gender", "GENDER_MISMATCH"),
                tuple("/parties/1/vehicleRef", "UNKNOWN_VEHICLE_REF"),
                tuple("/vehicles/0/vin", "VIN_CHECK_DIGIT"),
                tuple("/vehicles/0/policies/1/limit", "LIMIT_REQUIRED"),
                tuple("/finding/servedAt", "SERVED_BEFORE_ISSUED"));
        assertThat(conversion.warnings()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
                tuple("/environment/fog", "UNKNOWN_FIELD"),
                tuple("/vehicles/1/policies", "UNINSURED_MOTOR_VEHICLE"));
    }

    @Test
    void aRejectedFileCarriesNoRecord() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE, remove("/narrative"));

        assertThat(conversion.record()).isNull();
    }
}
