package org.accidenthub.hub.mediation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;

/**
 * The answer to a mediation platform's message: which message was applied to which mediation, and
 * the answer the mediator API gives for the same change (the session, or the failure's receipt).
 *
 * @param warnings accepted oddities of the message (unknown fields)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record MediationMessageReceipt(String messageId, String messageType, UUID caseId, UUID mediationId,
        List<Problem> warnings, Object result) {
}
