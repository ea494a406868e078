package org.accidenthub.connectors.mediation;

import static org.accidenthub.connectors.json.Presence.OPTIONAL;
import static org.accidenthub.connectors.json.Presence.REQUIRED;

import java.time.Instant;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.MediationFailure;
import org.accidenthub.schemas.v1.MediationFailureReason;
import org.accidenthub.schemas.v1.Mediator;

/** Reads a {@code FAILURE} message (format page, "FAILURE"). */
final class FailureReader {

    private static final List<String> REASONS = List.of("NO_AGREEMENT_ON_AMOUNT", "NO_AGREEMENT_ON_LIABILITY",
            "PARTY_REFUSED", "PARTY_ABSENT", "WITHDRAWN", "TIME_LIMIT_EXCEEDED", "OTHER");

    private FailureReader() {
    }

    static MediationFailure read(JsonFields message, MessageHeader header, ReadContext context) {
        String reason = message.oneOf("reason", REQUIRED, REASONS);
        String detail = message.text("detail", OPTIONAL, MediationFormat.MAX_TEXT_LENGTH);
        JsonFields mediatorFields = message.object("mediator", REQUIRED);
        Mediator mediator = mediatorFields == null ? null : MessageFields.mediator(mediatorFields);
        Instant failedAt = MessageFields.pastInstant(message, "failedAt", REQUIRED, context);
        if ("OTHER".equals(reason) && MessageFields.missing(message, "detail", detail)) {
            // a court or commission reading the case later must learn why from the record itself
            message.fail("detail", MediationProblemCode.DETAIL_REQUIRED, "reason OTHER needs a detail");
        }
        if (!header.complete() || reason == null || mediator == null || failedAt == null) {
            return null;
        }
        return MediationFailure.newBuilder()
                .setMessageId(header.messageId())
                .setMediationId(header.mediationId())
                .setCaseId(header.caseId())
                .setReason(MediationFailureReason.valueOf(reason))
                .setDetail(detail == null || detail.isBlank() ? null : detail)
                .setMediator(mediator)
                .setFailedAt(failedAt)
                .build();
    }
}
