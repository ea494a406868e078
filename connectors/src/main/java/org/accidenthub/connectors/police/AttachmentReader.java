package org.accidenthub.connectors.police;

import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.accidenthub.connectors.json.JsonFields;

/** Reads {@code attachments[]} (spec, field table). */
final class AttachmentReader {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    List<PoliceFile.Attachment> read(List<JsonFields> attachments) {
        return attachments.stream().map(AttachmentReader::attachment).toList();
    }

    private static PoliceFile.Attachment attachment(JsonFields attachment) {
        String sha256 = attachment.matching("sha256", REQUIRED, SHA256, ProblemCode.PATTERN_MISMATCH,
                "64 hexadecimal characters (the SHA-256 of the bytes)");
        PoliceFile.Attachment read = new PoliceFile.Attachment(
                attachment.path(),
                attachment.text("name", REQUIRED, 128),
                attachment.oneOf("mediaType", REQUIRED, PoliceAccidentFileConnector.ATTACHMENT_MEDIA_TYPES),
                // one spelling, so that a resend in other case is the same content (idempotency)
                sha256 == null ? null : sha256.toLowerCase(Locale.ROOT),
                attachment.integer("size", REQUIRED, 1, PoliceAccidentFileConnector.MAX_ATTACHMENT_BYTES));
        attachment.reportUnknownFields();
        return read;
    }
}
