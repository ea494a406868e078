package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.police.Mutation.remove;
import static org.accidenthub.connectors.police.Mutation.set;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the connector as a whole behaves: identity, limits, versions, reading conventions. */
class PoliceAccidentFileConnectorTest {

    @Test
    void itIdentifiesItselfAsPoliceAccidentFileVersion100() {
        assertThat(new PoliceAccidentFileConnector().id().toString()).isEqualTo("police-accident-file/1.0.0");
    }

    @Test
    void theLimitsAreOneMebibytePerFileAndOneHundredMebibytesPerRequest() {
        assertThat(PoliceAccidentFileConnector.MAX_FILE_BYTES).isEqualTo(1_048_576);
        assertThat(PoliceAccidentFileConnector.MAX_REQUEST_BYTES).isEqualTo(104_857_600L);
    }

    @ParameterizedTest(name = "format {0} is read")
    @ValueSource(strings = {"1.0", "1.1", "1.17"})
    void everyMinorVersionOfFormatOneIsRead(String version) {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/formatVersion", "\"" + version + "\""));

        assertThat(conversion.requireRecord().getSource().getFormat()).isEqualTo("police-accident-file/" + version);
    }

    @Test
    void anUnsupportedVersionIsTheOnlyProblemReported() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/formatVersion", "\"2.0\""), remove("/narrative"), set("/newIn2", "1"));

        assertThat(conversion.errors()).extracting(Problem::code).containsExactly("UNSUPPORTED_FORMAT_VERSION");
        assertThat(conversion.warnings()).isEmpty();
    }

    @Test
    void aMissingVersionIsReportedAndTheRestIsStillChecked() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE,
                remove("/formatVersion"), remove("/narrative"));

        assertThat(conversion.errors()).extracting(Problem::path).containsExactly("/formatVersion", "/narrative");
    }

    @Test
    void nullCountsAsAbsentForAnOptionalField() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE, set("/location/road", "null"));

        assertThat(conversion.requireRecord().getLocation().getRoad()).isNull();
    }

    @Test
    void nullCountsAsMissingForARequiredField() {
        Conversion<AccidentRecord> conversion = PoliceFiles.read(PoliceFiles.EXAMPLE, set("/narrative", "null"));

        assertThat(conversion.errors()).extracting(Problem::path, Problem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/narrative", "REQUIRED"));
    }

    @Test
    void lengthsCountCharactersNotBytesOrUtf16Units() {
        String sixtyFourEmoji = "\"" + "🚗".repeat(64) + "\"";

        assertThat(PoliceFiles.read(PoliceFiles.EXAMPLE, set("/parties/0/name", sixtyFourEmoji)).errors()).isEmpty();
    }

    @Test
    void attachmentHashesAreStoredInLowerCase() {
        AccidentRecord record = PoliceFiles.read(PoliceFiles.bytes(PoliceFiles.PEDESTRIAN)).requireRecord();

        assertThat(record.getAttachments().get(0).getSha256())
                .isEqualTo("8bf18252cb6dadd5f42fca108271e688696209cdb6fae22e32318b204e6eb37d");
    }

    @Test
    void instantsKeepMillisecondsLikeTheStoredRecord() {
        AccidentRecord record = PoliceFiles.read(PoliceFiles.EXAMPLE,
                set("/occurredAt", "\"2026-10-03T08:15:00.123456789+08:00\"")).requireRecord();

        assertThat(record.getOccurredAt()).isEqualTo(Instant.parse("2026-10-03T00:15:00.123Z"));
    }

    @Test
    void theSameBytesAlwaysGiveTheSameRecord() {
        byte[] example = PoliceFiles.bytes(PoliceFiles.EXAMPLE);

        assertThat(PoliceFiles.read(example).requireRecord()).isEqualTo(PoliceFiles.read(example).requireRecord());
    }

    @Test
    void aClassDefaultShareIsMarkedAsNotExplicit() {
        AccidentRecord record = PoliceFiles.read(PoliceFiles.bytes(PoliceFiles.EXAMPLE)).requireRecord();

        assertThat(record.getParties().get(0).getResponsibilityShare()).isEqualTo(70);
        assertThat(record.getParties().get(0).getResponsibilityShareExplicit()).isFalse();
    }
}
