package org.accidenthub.connectors.arbitration;

import static org.accidenthub.connectors.arbitration.Presence.REQUIRED;

import java.util.Locale;
import org.accidenthub.schemas.v1.AttachmentRef;

/** Reads a {@code document}: a PDF named by its SHA-256, whose bytes reach the hub separately. */
final class DocumentReader {

    /** Awards are served as PDF; the hub keeps no other kind for them. */
    static final String PDF = "application/pdf";

    private DocumentReader() {
    }

    static AttachmentRef read(ElementFields document) {
        String name = document.text("name", REQUIRED, ArbitrationXml.MAX_NAME);
        String mediaType = document.text("mediaType", REQUIRED, 0);
        if (mediaType != null && !mediaType.equals(PDF)) {
            document.fail(document.path() + "/mediaType", ArbitrationProblemCode.NOT_ALLOWED_VALUE,
                    "must be " + PDF);
            mediaType = null;
        }
        String sha256 = document.matching("sha256", REQUIRED, ArbitrationXml.SHA256,
                "64 hexadecimal characters (the SHA-256 of the bytes)");
        Long size = document.integer("size", REQUIRED, 1, ArbitrationXml.MAX_DOCUMENT_BYTES);
        document.reportUnknown();
        if (name == null || mediaType == null || sha256 == null || size == null) {
            return null;
        }
        return AttachmentRef.newBuilder()
                .setName(name)
                .setMediaType(mediaType)
                // one spelling, so that a resend in other case is the same content (idempotency)
                .setSha256(sha256.toLowerCase(Locale.ROOT))
                .setSize(size)
                .build();
    }
}
