package org.accidenthub.connectors.police;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.accidenthub.schemas.v1.AccidentForm;
import org.accidenthub.schemas.v1.AccidentLevel;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.Environment;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.Light;
import org.accidenthub.schemas.v1.Location;
import org.accidenthub.schemas.v1.Procedure;
import org.accidenthub.schemas.v1.RoadSurface;
import org.accidenthub.schemas.v1.Source;
import org.accidenthub.schemas.v1.Weather;

/**
 * Maps a police file that passed every rule to the canonical record, field by field
 * (docs/formats/police-accident-file.md, "Mapping"). The police code lists are the canonical
 * ones, so codes map by name; the format has no codes of its own to keep in sourceCodes.
 */
final class PoliceFileMapper {

    static final String FORMAT = "police-accident-file/";

    private PoliceFileMapper() {
    }

    static AccidentRecord toRecord(PoliceFile file) {
        return AccidentRecord.newBuilder()
                .setSource(source(file))
                .setProcedure(Procedure.valueOf(file.procedure()))
                .setOccurredAt(instant(file.occurredAt()))
                .setLocation(location(file.location()))
                .setEnvironment(environment(file.environment()))
                .setLevel(AccidentLevel.valueOf(file.level()))
                .setForm(AccidentForm.valueOf(file.form()))
                .setNarrative(file.narrative())
                .setCause(file.causeAnalysis())
                .setFinding(finding(file.finding()))
                .setParties(file.parties().stream().map(PartyMapper::party).toList())
                .setVehicles(file.vehicles().stream().map(VehicleMapper::vehicle).toList())
                .setAttachments(file.attachments().stream().map(PoliceFileMapper::attachment).toList())
                .setSourceCodes(List.of())
                .build();
    }

    private static Source source(PoliceFile file) {
        return Source.newBuilder()
                .setSystem(file.sender().system())
                .setUnitCode(file.sender().unitCode())
                .setUnitName(file.sender().unitName())
                .setReportNumber(file.reportNumber())
                .setFormat(FORMAT + file.formatVersion())
                .build();
    }

    private static Location location(PoliceFile.Location location) {
        return Location.newBuilder()
                .setDivisionCode(location.divisionCode())
                .setAddress(location.address())
                .setRoad(location.road())
                .setLatitude(location.latitude())
                .setLongitude(location.longitude())
                .build();
    }

    /** The environment is optional in the file but always present (with null fields) in the record. */
    private static Environment environment(PoliceFile.Environment environment) {
        if (environment == null) {
            return Environment.newBuilder().build();
        }
        return Environment.newBuilder()
                .setWeather(code(Weather.class, environment.weather()))
                .setLight(code(Light.class, environment.light()))
                .setRoadSurface(code(RoadSurface.class, environment.roadSurface()))
                .build();
    }

    private static LiabilityFinding finding(PoliceFile.Finding finding) {
        if (finding == null) {
            return null;
        }
        return LiabilityFinding.newBuilder()
                .setKind(FindingKind.valueOf(finding.kind()))
                .setDocumentNumber(finding.documentNumber())
                .setIssuedAt(instant(finding.issuedAt()))
                .setServedAt(finding.servedAt() == null ? null : instant(finding.servedAt()))
                .build();
    }

    private static AttachmentRef attachment(PoliceFile.Attachment attachment) {
        return AttachmentRef.newBuilder()
                .setName(attachment.name())
                .setMediaType(attachment.mediaType())
                .setSha256(attachment.sha256())
                .setSize(attachment.size())
                .build();
    }

    /** timestamp_ms keeps milliseconds; cutting here keeps the record equal to what is stored. */
    static Instant instant(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An optional code: null stays null. */
    static <E extends Enum<E>> E code(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
