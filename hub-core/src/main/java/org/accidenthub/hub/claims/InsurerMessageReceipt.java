package org.accidenthub.hub.claims;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;

/**
 * The answer to an insurer message: which message was applied to which claim, the claim's state
 * after it, and the receipt the claims API gives for the same change ({@link ClaimReceipts}).
 *
 * @param warnings accepted oddities of the message (unknown fields)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InsurerMessageReceipt(String messageId, String messageType, UUID claimReference,
        ClaimState claimStatus, List<Problem> warnings, Object result) {
}
