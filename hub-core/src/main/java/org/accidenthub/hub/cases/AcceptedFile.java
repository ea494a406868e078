package org.accidenthub.hub.cases;

import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * A partner file that passed every check and is ready to be recorded.
 *
 * @param record           the canonical record read from it
 * @param canonical        the record in Avro single-object encoding
 * @param contentSha256    hash of {@code canonical}: what "identical content" means for a resend
 * @param attachments      attachment bytes that came with the file, each verified against its listing
 */
public record AcceptedFile(AccidentRecord record, byte[] raw, ConnectorId connector, byte[] canonical,
        long schemaFingerprint, String contentSha256, List<VerifiedAttachment> attachments, Caller sender,
        Instant receivedAt) {
}
