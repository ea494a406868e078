package org.accidenthub.schemas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.accidenthub.schemas.v1.AccidentForm;
import org.accidenthub.schemas.v1.AccidentLevel;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.Actor;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.Environment;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.Gender;
import org.accidenthub.schemas.v1.IdType;
import org.accidenthub.schemas.v1.InjuryDegree;
import org.accidenthub.schemas.v1.InsurancePolicy;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.Light;
import org.accidenthub.schemas.v1.Location;
import org.accidenthub.schemas.v1.Party;
import org.accidenthub.schemas.v1.PartyRole;
import org.accidenthub.schemas.v1.PolicyKind;
import org.accidenthub.schemas.v1.Procedure;
import org.accidenthub.schemas.v1.Responsibility;
import org.accidenthub.schemas.v1.RoadSurface;
import org.accidenthub.schemas.v1.Source;
import org.accidenthub.schemas.v1.SourceCode;
import org.accidenthub.schemas.v1.Vehicle;
import org.accidenthub.schemas.v1.VehicleCategory;
import org.accidenthub.schemas.v1.VehicleDamage;
import org.accidenthub.schemas.v1.Weather;

/** Fully populated canonical records: every optional field set, several parties and vehicles. */
final class SampleRecords {

    static final String NARRATIVE = "张伟驾驶豫Q12345小型轿车沿解放路由东向西行驶，与李娜驾驶的电动自行车发生碰撞，乘车人王芳受伤。";

    private SampleRecords() {
    }

    static AccidentRecord accidentRecord() {
        return AccidentRecord.newBuilder()
                .setSource(Source.newBuilder()
                        .setSystem("ZMD-ACCIDENT-2")
                        .setUnitCode("411702000000")
                        .setUnitName("驻马店市公安局交通警察支队驿城大队")
                        .setReportNumber("4117022025000123")
                        .setFormat("police-accident-file/1.0")
                        .build())
                .setProcedure(Procedure.GENERAL)
                .setOccurredAt(Instant.parse("2025-03-14T08:27:45.123Z"))
                .setLocation(Location.newBuilder()
                        .setDivisionCode("411702")
                        .setAddress("河南省驻马店市驿城区解放路与雪松大道交叉口")
                        .setRoad("解放路")
                        .setLatitude(32.980169)
                        .setLongitude(114.022298)
                        .build())
                .setEnvironment(Environment.newBuilder()
                        .setWeather(Weather.RAIN)
                        .setLight(Light.DAYLIGHT)
                        .setRoadSurface(RoadSurface.WET)
                        .build())
                .setLevel(AccidentLevel.ORDINARY)
                .setForm(AccidentForm.SIDE)
                .setNarrative(NARRATIVE)
                .setCause("张伟未按规定让行。")
                .setFinding(LiabilityFinding.newBuilder()
                        .setKind(FindingKind.LIABILITY_FINDING)
                        .setDocumentNumber("驿公交认字[2025]第00123号")
                        .setIssuedAt(Instant.parse("2025-03-20T02:00:00.456Z"))
                        .setServedAt(Instant.parse("2025-03-21T06:30:00.789Z"))
                        .build())
                .setParties(List.of(
                        party("P1", PartyRole.DRIVER, "张伟", Gender.M, "V1", Responsibility.MAIN, 70,
                                InjuryDegree.NONE),
                        party("P2", PartyRole.CYCLIST, "李娜", Gender.F, "V2", Responsibility.SECONDARY,
                                30, InjuryDegree.MINOR),
                        party("P3", PartyRole.PASSENGER, "王芳", Gender.F, "V2", Responsibility.NONE, 0,
                                InjuryDegree.SERIOUS)))
                .setVehicles(List.of(
                        Vehicle.newBuilder()
                                .setRef("V1")
                                .setPlate("豫Q12345")
                                .setCategory(VehicleCategory.CAR)
                                .setMotorVehicle(true)
                                .setVin("LSVAU2180N2123456")
                                .setOwnerName("张伟")
                                .setDamage(VehicleDamage.MODERATE)
                                .setPolicies(List.of(
                                        policy(PolicyKind.COMPULSORY, "PICC-HA", "PDZA202541170000001234",
                                                new BigDecimal("200000.00")),
                                        policy(PolicyKind.COMMERCIAL_THIRD_PARTY, "PICC-HA",
                                                "PDAA202541170000005678", new BigDecimal("1000000.00"))))
                                .build(),
                        Vehicle.newBuilder()
                                .setRef("V2")
                                .setPlate("豫Q6B789")
                                .setCategory(VehicleCategory.E_BIKE)
                                .setMotorVehicle(false)
                                .setVin("EB2024HN000777")
                                .setOwnerName("李娜")
                                .setDamage(VehicleDamage.SEVERE)
                                .setPolicies(List.of(
                                        policy(PolicyKind.OTHER, "CPIC-HA", "EBK2025000042",
                                                new BigDecimal("50000.50"))))
                                .build()))
                .setAttachments(List.of(
                        AttachmentRef.newBuilder()
                                .setName("认定书.pdf")
                                .setMediaType("application/pdf")
                                .setSha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                                .setSize(183_204L)
                                .build(),
                        AttachmentRef.newBuilder()
                                .setName("现场照片-1.jpg")
                                .setMediaType("image/jpeg")
                                .setSha256("60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752")
                                .setSize(2_411_776L)
                                .build()))
                .setSourceCodes(List.of(
                        SourceCode.newBuilder()
                                .setField("/environment/weather")
                                .setScheme("ga16.weather")
                                .setCode("2")
                                .build()))
                .build();
    }

    static CaseEvent caseEvent(AccidentRecord payload) throws java.io.IOException {
        return CaseEvent.newBuilder()
                .setEventId("0b6f7a4e-5c1d-4f0e-9d39-2f7c1b8e6a10")
                .setEventType("ACCIDENT_RECEIVED")
                .setCaseId("c1f2e3d4-0000-4a5b-8c9d-112233445566")
                .setSequence(1L)
                .setOccurredAt(Instant.parse("2025-03-14T09:00:01.001Z"))
                .setActor(Actor.newBuilder()
                        .setSubject("service-account-zmd-police")
                        .setClientId("zmd-police")
                        .setOrgType("POLICE")
                        .setOrgCode("411702000000")
                        .build())
                .setPayloadType(AccidentRecord.getClassSchema().getFullName())
                .setPayload(payload.toByteBuffer())
                .build();
    }

    private static Party party(String ref, PartyRole role, String name, Gender gender, String vehicleRef,
            Responsibility responsibility, int share, InjuryDegree injury) {
        return Party.newBuilder()
                .setRef(ref)
                .setRole(role)
                .setName(name)
                .setIdType(IdType.RESIDENT_ID)
                .setIdNumber("41170219880517" + ref.charAt(1) + "01X")
                .setGender(gender)
                .setBirthDate(LocalDate.of(1988, 5, 17))
                .setPhone("1390396" + ref.charAt(1) + "000")
                .setAddress("河南省驻马店市驿城区雪松大道" + ref.charAt(1) + "号")
                .setResidenceDivisionCode("411702")
                .setVehicleRef(vehicleRef)
                .setResponsibility(responsibility)
                .setResponsibilityShare(share)
                .setResponsibilityShareExplicit(true)
                .setInjury(injury)
                .build();
    }

    private static InsurancePolicy policy(PolicyKind kind, String insurer, String number, BigDecimal limit) {
        return InsurancePolicy.newBuilder()
                .setKind(kind)
                .setInsurerCode(insurer)
                .setPolicyNumber(number)
                .setValidFrom(LocalDate.of(2024, 9, 1))
                .setValidTo(LocalDate.of(2025, 8, 31))
                .setCoverLimit(limit)
                .build();
    }
}
