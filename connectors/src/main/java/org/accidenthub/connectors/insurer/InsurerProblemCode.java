package org.accidenthub.connectors.insurer;

/**
 * The codes the insurer connector reports beyond the shared JSON and field codes of
 * {@link org.accidenthub.connectors.police.ProblemCode} (REQUIRED, WRONG_TYPE, TOO_LONG, ...), which
 * it reports under the same names. Stable: partners branch on them; docs/formats/insurer-claim-messages.md
 * lists every code the format can produce.
 */
public enum InsurerProblemCode {
    /** The message is over {@link InsurerMessageConnector#MAX_MESSAGE_BYTES}. */
    MESSAGE_TOO_LARGE,
    /** A message type the hub only sends (CLAIM_NOTIFICATION, ...): it cannot be sent to the hub. */
    NOT_AN_INBOUND_MESSAGE,
    /** A field that belongs to another answer (claimantNegligencePct with ADMITTED). */
    NOT_APPLICABLE,
    /** paymentDate after today in China Standard Time. */
    DATE_IN_FUTURE,
    /** sentAt more than the clock skew after the hub received the message. */
    SENT_IN_FUTURE
}
