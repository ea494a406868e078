package org.accidenthub.connectors.mediation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.schemas.v1.AccidentRecordRef;
import org.accidenthub.schemas.v1.CalculationRef;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.LiabilityFinding;
import org.accidenthub.schemas.v1.MediationAssignment;
import org.accidenthub.schemas.v1.Mediator;
import org.accidenthub.schemas.v1.PartyResponsibility;

/**
 * Writes a canonical {@link MediationAssignment} as the {@code ASSIGNMENT} message a mediation
 * platform receives when the hub assigns it a case (docs/formats/mediation-messages.md): enough
 * to open its own file without another call. Optional fields without a value are left out; the
 * same record always gives the same bytes. Thread-safe and stateless.
 */
public final class MediationAssignmentWriter {

    public static final ConnectorId ID = new ConnectorId("mediation-assignment", "1.0.0");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    public ConnectorId id() {
        return ID;
    }

    /** The message as UTF-8 JSON bytes. */
    public byte[] write(MediationAssignment assignment) {
        Objects.requireNonNull(assignment, "assignment");
        ObjectNode message = JSON.createObjectNode()
                .put("formatVersion", MediationFormat.FORMAT_VERSION)
                .put("type", "ASSIGNMENT")
                .put("messageId", assignment.getMessageId())
                .put("mediationId", assignment.getMediationId())
                .put("caseId", assignment.getCaseId())
                .put("organisationCode", assignment.getOrganisationCode());
        putIfPresent(message, "organisationName", assignment.getOrganisationName());
        if (assignment.getMediator() != null) {
            message.set("mediator", mediator(assignment.getMediator()));
        }
        message.set("parties", array(assignment.getParties(), MediationAssignmentWriter::party));
        message.set("accident", accident(assignment.getAccident()));
        if (assignment.getFinding() != null) {
            message.set("finding", finding(assignment.getFinding()));
        }
        message.set("responsibilities", array(assignment.getResponsibilities(), MediationAssignmentWriter::share));
        if (assignment.getCalculation() != null) {
            message.set("calculation", calculation(assignment.getCalculation()));
        }
        message.put("assignedAt", instant(assignment.getAssignedAt()));
        try {
            return (JSON.writeValueAsString(message) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; this would be a bug
            throw new IllegalStateException("cannot write the assignment", e);
        }
    }

    static ObjectNode party(DisputeParty party) {
        ObjectNode node = JSON.createObjectNode().put("kind", party.getKind().name());
        putIfPresent(node, "partyRef", party.getPartyRef());
        putIfPresent(node, "insurerCode", party.getInsurerCode());
        return node.put("name", party.getName());
    }

    private static ObjectNode mediator(Mediator mediator) {
        ObjectNode node = JSON.createObjectNode()
                .put("name", mediator.getName())
                .put("organisationCode", mediator.getOrganisationCode());
        putIfPresent(node, "subject", mediator.getSubject());
        return node;
    }

    private static ObjectNode accident(AccidentRecordRef accident) {
        ObjectNode node = JSON.createObjectNode()
                .put("unitCode", accident.getUnitCode())
                .put("reportNumber", accident.getReportNumber())
                .put("revision", accident.getRevision())
                .put("recordSha256", accident.getRecordSha256())
                .put("occurredAt", instant(accident.getOccurredAt()));
        putIfPresent(node, "address", accident.getAddress());
        return node.put("narrative", accident.getNarrative());
    }

    private static ObjectNode finding(LiabilityFinding finding) {
        ObjectNode node = JSON.createObjectNode()
                .put("kind", finding.getKind().name())
                .put("documentNumber", finding.getDocumentNumber())
                .put("issuedAt", instant(finding.getIssuedAt()));
        if (finding.getServedAt() != null) {
            node.put("servedAt", instant(finding.getServedAt()));
        }
        return node;
    }

    private static ObjectNode share(PartyResponsibility share) {
        return JSON.createObjectNode()
                .put("partyRef", share.getPartyRef())
                .put("name", share.getName())
                .put("responsibility", share.getResponsibility().name())
                .put("share", share.getShare());
    }

    private static ObjectNode calculation(CalculationRef calculation) {
        return JSON.createObjectNode()
                .put("calculationId", calculation.getCalculationId())
                .put("version", calculation.getVersion())
                .put("total", money(calculation.getTotal()));
    }

    private static <T> ArrayNode array(List<T> items, Function<T, ObjectNode> item) {
        ArrayNode array = JSON.createArrayNode();
        items.forEach(each -> array.add(item.apply(each)));
        return array;
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    static String instant(Instant instant) {
        return DATE_TIME.format(instant.atOffset(MediationFormat.CHINA_STANDARD_TIME));
    }

    /** The API conventions' money: a string with two places. */
    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
