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
 * @param owningUnit       the police unit that owns the case: with the report number it identifies the case,
 *                         and case scoping shows the case to that unit. A police file names its own unit
 *                         ({@code source.unitCode}); an import of third-party data (STATS19) is owned by the
 *                         importing unit, while the record keeps the source's own force code.
 */
public record AcceptedFile(AccidentRecord record, byte[] raw, ConnectorId connector, byte[] canonical,
        long schemaFingerprint, String contentSha256, List<VerifiedAttachment> attachments, Caller sender,
        Instant receivedAt, String owningUnit) {

    /** A file owned by the unit it names itself (the police accident file). */
    public AcceptedFile(AccidentRecord record, byte[] raw, ConnectorId connector, byte[] canonical,
            long schemaFingerprint, String contentSha256, List<VerifiedAttachment> attachments, Caller sender,
            Instant receivedAt) {
        this(record, raw, connector, canonical, schemaFingerprint, contentSha256, attachments, sender, receivedAt,
                record.getSource().getUnitCode());
    }
}
