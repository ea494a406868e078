package org.accidenthub.connectors.mediation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.accidenthub.connectors.canonical.CanonicalJson;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecordRef;
import org.accidenthub.schemas.v1.CalculationRef;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.FindingKind;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.MediationAssignment;
import org.accidenthub.schemas.v1.Mediator;
import org.accidenthub.schemas.v1.PartyResponsibility;
import org.accidenthub.schemas.v1.Responsibility;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/** Fixtures of the mediation tests: files under {@code mediation/} and canonical records built in code. */
final class MediationFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    static final MediationMessageConnector CONNECTOR = new MediationMessageConnector();
    static final MediationAssignmentWriter WRITER = new MediationAssignmentWriter();
    /** The hub received the fixtures a few days after the last of them was sent. */
    static final ReadContext CONTEXT = new ReadContext(Instant.parse("2026-10-25T00:00:00Z"));

    private MediationFiles() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = MediationFiles.class.getResourceAsStream("/mediation/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture mediation/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static JsonNode json(String name) {
        try {
            return JSON.readTree(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Conversion<SpecificRecord> read(String name) {
        return CONNECTOR.read(bytes(name), CONTEXT);
    }

    static Conversion<SpecificRecord> read(JsonNode message) {
        return CONNECTOR.read(message.toString().getBytes(StandardCharsets.UTF_8), CONTEXT);
    }

    /** A fixture changed by {@code change} (a deep copy; the fixture file is not touched). */
    static Conversion<SpecificRecord> readChanged(String name, Consumer<ObjectNode> change) {
        ObjectNode message = (ObjectNode) json(name).deepCopy();
        change.accept(message);
        return read(message);
    }

    static JsonNode canonical(SpecificRecord record) {
        try {
            // through text and back, so that numbers compare by value (an Avro long against a JSON int)
            return JSON.readTree(CanonicalJson.of((IndexedRecord) record).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode at(ObjectNode message, String pointer) {
        return (ObjectNode) message.at(pointer);
    }

    static MediationAssignment assignment() {
        return MediationAssignment.newBuilder()
                .setMessageId("hub-5d1e9c20")
                .setMediationId("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d")
                .setCaseId("0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b")
                .setOrganisationCode("ZMD-YC-RMTJ")
                .setOrganisationName("驿城区道路交通事故人民调解委员会")
                .setMediator(Mediator.newBuilder().setName("赵敏").setOrganisationCode("ZMD-YC-RMTJ")
                        .setSubject("mediator-zhaomin").build())
                .setParties(List.of(
                        party(DisputePartyKind.PARTY, "P1", null, "张伟"),
                        party(DisputePartyKind.PARTY, "P2", null, "李娜"),
                        party(DisputePartyKind.INSURER, null, "PICC", "中国人民财产保险股份有限公司驻马店市分公司")))
                .setAccident(AccidentRecordRef.newBuilder()
                        .setUnitCode("411702000000")
                        .setReportNumber("4117022026000123")
                        .setRevision(2)
                        .setRecordSha256("fcde2b2edba56bf408601fb721fe9b5c338d10ee429ea04fae5511b68fbf8fb9")
                        .setOccurredAt(Instant.parse("2026-10-03T00:15:00Z"))
                        .setAddress("驻马店市驿城区解放路与中华路交叉口")
                        .setNarrative("张伟驾驶豫Q12345小型轿车沿解放路由东向西行驶，与李娜驾驶的电动自行车发生碰撞。")
                        .build())
                .setFinding(LiabilityFinding.newBuilder()
                        .setKind(FindingKind.LIABILITY_FINDING)
                        .setDocumentNumber("驿公交认字〔2026〕第00123号")
                        .setIssuedAt(Instant.parse("2026-10-10T02:00:00Z"))
                        .build())
                .setResponsibilities(List.of(
                        PartyResponsibility.newBuilder().setPartyRef("P1").setName("张伟")
                                .setResponsibility(Responsibility.MAIN).setShare(70).build(),
                        PartyResponsibility.newBuilder().setPartyRef("P2").setName("李娜")
                                .setResponsibility(Responsibility.SECONDARY).setShare(30).build()))
                .setCalculation(CalculationRef.newBuilder().setCalculationId("3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7")
                        .setVersion(3).setTotal(new BigDecimal("124450.5")).build())
                .setAssignedAt(Instant.parse("2026-10-11T01:00:00Z"))
                .build();
    }

    /** The assignment with only what is required. */
    static MediationAssignment minimalAssignment() {
        MediationAssignment full = assignment();
        return MediationAssignment.newBuilder()
                .setMessageId("hub-minimal-2")
                .setMediationId(full.getMediationId())
                .setCaseId(full.getCaseId())
                .setOrganisationCode(full.getOrganisationCode())
                .setAccident(AccidentRecordRef.newBuilder(full.getAccident()).setAddress(null).build())
                .setAssignedAt(full.getAssignedAt())
                .build();
    }

    private static DisputeParty party(DisputePartyKind kind, String ref, String insurer, String name) {
        return DisputeParty.newBuilder().setKind(kind).setPartyRef(ref).setInsurerCode(insurer).setName(name).build();
    }
}
