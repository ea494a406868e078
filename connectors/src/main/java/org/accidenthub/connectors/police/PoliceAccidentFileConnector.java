package org.accidenthub.connectors.police;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.json.Pointer;
import org.accidenthub.connectors.json.StrictJsonParser;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.InboundConnector;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * Reads a police accident file, format 1.x (/work/shared/design/formats/police-accident-file-v1.md;
 * our page: docs/formats/police-accident-file.md) into the canonical {@link AccidentRecord}.
 *
 * <p>Four steps, each collecting every problem it finds: parse the bytes (strict JSON), check
 * the format version, read every field by its field rule, check the rules between fields.
 * Only a file without errors is mapped. Thread-safe and stateless.
 */
public final class PoliceAccidentFileConnector implements InboundConnector<AccidentRecord> {

    public static final ConnectorId ID = new ConnectorId("police-accident-file", "1.0.0");

    /** The largest file (the JSON alone) accepted (spec, cross-field rules: 1 MiB). */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The largest request, file and attachments together (spec, cross-field rules: 100 MiB). */
    public static final long MAX_REQUEST_BYTES = 100L * 1024 * 1024;

    /** The largest attachment (spec, attachments[].size: 20 MiB). */
    public static final long MAX_ATTACHMENT_BYTES = 20L * 1024 * 1024;

    /** The media types an attachment may have (spec, attachments[].mediaType). */
    public static final List<String> ATTACHMENT_MEDIA_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

    /** The media type of the file, alone or as the multipart part named {@value #FILE_PART}. */
    public static final String MEDIA_TYPE = "application/json";

    /** Multipart: the part that carries the file. */
    public static final String FILE_PART = "file";

    /** Multipart: the name of every part that carries an attachment; its filename is the listed name. */
    public static final String ATTACHMENT_PART = "attachment";

    private static final List<CrossFieldRule> CROSS_FIELD_RULES = List.of(
            new IdentityRules(),
            new ReferenceRules(),
            new LiabilityRules(),
            new TimelineRules(),
            new InsuranceRules());

    @Override
    public ConnectorId id() {
        return ID;
    }

    @Override
    public Conversion<AccidentRecord> read(byte[] nativeMessage, ReadContext context) {
        Objects.requireNonNull(context, "context");
        ProblemCollector problems = new ProblemCollector();
        byte[] bytes = nativeMessage == null ? new byte[0] : nativeMessage;
        if (bytes.length > MAX_FILE_BYTES) {
            // the hub answers 413 before calling; refused here too so no caller can skip the limit
            problems.error(Pointer.ROOT, ProblemCode.FILE_TOO_LARGE.name(),
                    "the file has " + bytes.length + " bytes; at most " + MAX_FILE_BYTES + " are accepted");
            return problems.conclude(null);
        }
        Optional<JsonFields> file = new StrictJsonParser(problems, MAX_FILE_BYTES, PoliceFileReader.MAX_TEXT_LENGTH)
                .parse(bytes)
                .flatMap(root -> fileObject(root, problems));
        if (file.isEmpty()) {
            return problems.conclude(null);
        }
        FormatVersion version = FormatVersion.of(file.get());
        if (!version.readable()) {
            return problems.conclude(null);
        }
        PoliceFile parsed = new PoliceFileReader().read(file.get(), version);
        CROSS_FIELD_RULES.forEach(rule -> rule.check(parsed, context, problems));
        return problems.conclude(problems.hasErrors() ? null : PoliceFileMapper.toRecord(parsed));
    }

    private static Optional<JsonFields> fileObject(JsonNode root, ProblemCollector problems) {
        if (!root.isObject()) {
            problems.error(Pointer.ROOT, ProblemCode.WRONG_TYPE.name(), "the file must be a JSON object");
            return Optional.empty();
        }
        return Optional.of(new JsonFields((ObjectNode) root, Pointer.ROOT, problems));
    }
}
