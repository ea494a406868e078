package org.accidenthub.connectors.mediation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.json.Presence;
import org.accidenthub.connectors.json.StrictJsonParser;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.InboundConnector;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.apache.avro.specific.SpecificRecord;

/**
 * Reads what an external mediation platform pushes (JSON, docs/formats/mediation-messages.md):
 * a {@code SESSION} becomes a canonical {@code MediationSession}, an {@code AGREEMENT} a
 * {@code MediationAgreement}, a {@code FAILURE} a {@code MediationFailure}.
 *
 * <p>Steps, each collecting every problem it finds: the byte cap, the strict parse (duplicate
 * keys, nesting, lengths), formatVersion and type (reading stops when either is unusable), then
 * every field of the type by its rule and the rules between fields. Only a message without
 * errors is mapped. Thread-safe and stateless; never throws for any input.
 */
public final class MediationMessageConnector implements InboundConnector<SpecificRecord> {

    public static final ConnectorId ID = new ConnectorId("mediation-message", "1.0.0");

    /** The types a platform sends; ASSIGNMENT goes the other way (MediationAssignmentWriter). */
    public static final List<String> INBOUND_TYPES = List.of("SESSION", "AGREEMENT", "FAILURE");

    @Override
    public ConnectorId id() {
        return ID;
    }

    @Override
    public Conversion<SpecificRecord> read(byte[] nativeMessage, ReadContext context) {
        Objects.requireNonNull(context, "context");
        ProblemCollector problems = new ProblemCollector();
        byte[] bytes = nativeMessage == null ? new byte[0] : nativeMessage;
        if (bytes.length > MediationFormat.MAX_MESSAGE_BYTES) {
            problems.error(Pointer.ROOT, MediationProblemCode.MESSAGE_TOO_LARGE.name(), "the message has "
                    + bytes.length + " bytes; at most " + MediationFormat.MAX_MESSAGE_BYTES + " are accepted");
            return problems.conclude(null);
        }
        Optional<JsonFields> message = new StrictJsonParser(problems, MediationFormat.MAX_MESSAGE_BYTES,
                MediationFormat.MAX_TEXT_LENGTH).parse(bytes).flatMap(root -> messageObject(root, problems));
        if (message.isEmpty() || !readableVersion(message.get())) {
            return problems.conclude(null);
        }
        Optional<String> type = type(message.get());
        if (type.isEmpty()) {
            return problems.conclude(null);
        }
        MessageHeader header = MessageHeader.read(message.get());
        SpecificRecord record = switch (type.get()) {
            case "SESSION" -> SessionReader.read(message.get(), header, context);
            case "AGREEMENT" -> AgreementReader.read(message.get(), header, context);
            default -> FailureReader.read(message.get(), header, context);
        };
        message.get().reportUnknownFields();
        return problems.conclude(problems.hasErrors() ? null : record);
    }

    private static Optional<JsonFields> messageObject(JsonNode root, ProblemCollector problems) {
        if (!root.isObject()) {
            problems.error(Pointer.ROOT, MediationProblemCode.WRONG_TYPE.name(), "the message must be a JSON object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields((ObjectNode) root, Pointer.ROOT, problems));
    }

    /** 1.&lt;minor&gt;: a higher minor only adds fields, reported as UNKNOWN_FIELD warnings. */
    private static boolean readableVersion(JsonFields message) {
        String version = message.text("formatVersion", Presence.REQUIRED, 0);
        if (version == null) {
            return false;
        }
        if (!MediationFormat.ONE_X.matcher(version).matches()) {
            message.fail("formatVersion", MediationProblemCode.UNSUPPORTED_FORMAT_VERSION,
                    "this hub reads format 1.<minor> (e.g. \"1.0\"); other versions are not supported");
            return false;
        }
        return true;
    }

    private static Optional<String> type(JsonFields message) {
        String type = message.text("type", Presence.REQUIRED, 0);
        if (type != null && !INBOUND_TYPES.contains(type)) {
            message.fail("type", MediationProblemCode.UNKNOWN_MESSAGE_TYPE,
                    "the hub receives " + String.join(", ", INBOUND_TYPES) + "; other types are not read");
            return Optional.empty();
        }
        return Optional.ofNullable(type);
    }
}
