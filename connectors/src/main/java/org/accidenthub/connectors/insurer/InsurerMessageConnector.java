package org.accidenthub.connectors.insurer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.json.Presence;
import org.accidenthub.connectors.police.ProblemCode;
import org.accidenthub.connectors.json.StrictJsonParser;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.InboundConnector;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Reads an insurer claim message, format 1.x (docs/formats/insurer-claim-messages.md), into its
 * canonical record of claims.avdl: LIABILITY_RESPONSE → {@code LiabilityResponse}, OFFER →
 * {@code ClaimOffer}, PAYMENT_CONFIRMATION → {@code PaymentConfirmation}. Every problem is collected
 * with its JSON pointer; only a message without errors is mapped. Thread-safe and stateless.
 * The way back (canonical → native) is {@link InsurerMessageWriter}.
 */
public final class InsurerMessageConnector implements InboundConnector<SpecificRecordBase> {

    public static final ConnectorId ID = new ConnectorId("insurer-claim-messages", "1.0.0");

    /** The largest message accepted: the longest body (two 2,000-character texts) is far below it. */
    public static final int MAX_MESSAGE_BYTES = 64 * 1024;

    public static final String MEDIA_TYPE = "application/json";

    /** A sender's clock may run this much ahead of the hub's before sentAt counts as in the future. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private static final Pattern ONE_X = Pattern.compile("1\\.(0|[1-9][0-9]{0,8})");
    /** Sender-chosen: what insurer core systems use as message keys, and safe in a log line. */
    private static final Pattern MESSAGE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    /** As the police file's insurerCode (the token's org_code of the insurer). */
    private static final Pattern INSURER_CODE = Pattern.compile("[A-Z0-9]{2,16}");
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final List<String> TYPES = Arrays.stream(InsurerMessageType.values()).map(Enum::name).toList();

    @Override
    public ConnectorId id() {
        return ID;
    }

    @Override
    public Conversion<SpecificRecordBase> read(byte[] nativeMessage, ReadContext context) {
        Objects.requireNonNull(context, "context");
        ProblemCollector problems = new ProblemCollector();
        byte[] bytes = nativeMessage == null ? new byte[0] : nativeMessage;
        if (bytes.length > MAX_MESSAGE_BYTES) {
            problems.error(Pointer.ROOT, InsurerProblemCode.MESSAGE_TOO_LARGE.name(),
                    "the message has " + bytes.length + " bytes; at most " + MAX_MESSAGE_BYTES + " are accepted");
            return problems.conclude(null);
        }
        Optional<JsonFields> message = new StrictJsonParser(problems, MAX_MESSAGE_BYTES, InboundBodyReader.MAX_TEXT).parse(bytes)
                .flatMap(root -> messageObject(root, problems));
        if (message.isEmpty() || !readableVersion(message.get(), problems)) {
            return problems.conclude(null);
        }
        InsurerEnvelope envelope = envelope(message.get(), context, problems);
        JsonFields body = message.get().object("body", Presence.REQUIRED);
        message.get().reportUnknownFields();
        InboundBody read = null;
        if (body != null && envelope.type() != null && envelope.type().inbound()) {
            read = new InboundBodyReader(problems).read(envelope.type(), body, context.receivedAt());
        }
        return problems.conclude(problems.hasErrors() ? null : InboundMapper.toRecord(envelope, read));
    }

    private static Optional<JsonFields> messageObject(JsonNode root, ProblemCollector problems) {
        if (!root.isObject()) {
            problems.error(Pointer.ROOT, ProblemCode.WRONG_TYPE.name(), "the message must be a JSON object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields((ObjectNode) root, Pointer.ROOT, problems));
    }

    /** Any 1.minor is read; another major is not checked further, as its fields may mean something else. */
    private static boolean readableVersion(JsonFields message, ProblemCollector problems) {
        String version = message.text("formatVersion", Presence.REQUIRED, 16);
        if (version != null && !ONE_X.matcher(version).matches()) {
            problems.error(message.pathOf("formatVersion"), ProblemCode.UNSUPPORTED_FORMAT_VERSION.name(),
                    "this hub reads format 1.x");
            return false;
        }
        return true;
    }

    private static InsurerEnvelope envelope(JsonFields message, ReadContext context, ProblemCollector problems) {
        String messageId = message.matching("messageId", Presence.REQUIRED, MESSAGE_ID, ProblemCode.PATTERN_MISMATCH,
                "1 to 64 characters of A-Z a-z 0-9 . _ : -");
        String typeName = message.oneOf("messageType", Presence.REQUIRED, TYPES);
        InsurerMessageType type = typeName == null ? null : InsurerMessageType.valueOf(typeName);
        if (type != null && !type.inbound()) {
            problems.error(message.pathOf("messageType"), InsurerProblemCode.NOT_AN_INBOUND_MESSAGE.name(),
                    type + " is sent by the hub, not to it");
        }
        OffsetDateTime sentAt = message.dateTime("sentAt", Presence.REQUIRED);
        if (sentAt != null && sentAt.toInstant().isAfter(context.receivedAt().plus(CLOCK_SKEW))) {
            problems.error(message.pathOf("sentAt"), InsurerProblemCode.SENT_IN_FUTURE.name(),
                    "is more than " + CLOCK_SKEW.toMinutes() + " minutes after the hub received the message");
        }
        String insurerCode = message.matching("insurerCode", Presence.REQUIRED, INSURER_CODE,
                ProblemCode.PATTERN_MISMATCH, "2 to 16 of A-Z 0-9");
        String claim = message.matching("claimReference", Presence.REQUIRED, UUID, ProblemCode.PATTERN_MISMATCH,
                "the hub's claim id, a UUID");
        return new InsurerEnvelope(messageId, type,
                sentAt == null ? null : sentAt.toInstant().truncatedTo(ChronoUnit.MILLIS), insurerCode,
                claim == null ? null : claim.toLowerCase(Locale.ROOT));
    }
}
