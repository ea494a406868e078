package org.accidenthub.connectors.insurer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.accidenthub.schemas.v1.ClaimNotification;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimStateChange;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.accidenthub.schemas.v1.PolicyVerification;
import org.apache.avro.specific.SpecificRecord;

/**
 * Canonical claim message → insurer message, format 1.0 (docs/formats/insurer-claim-messages.md,
 * "Outbound messages"): the way the hub talks to an insurer on its webhook. Deterministic: the same
 * record always gives the same bytes (the envelope's messageId is the record's, sentAt the record's time).
 */
public final class InsurerMessageWriter {

    public static final String FORMAT_VERSION = "1.0";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Whether {@code record} has an insurer message: the claim messages of claims.avdl do. */
    public boolean writes(SpecificRecord record) {
        return record instanceof ClaimNotification || record instanceof LiabilityResponse
                || record instanceof ClaimOffer || record instanceof PaymentConfirmation
                || record instanceof PolicyVerification || record instanceof ClaimStateChange;
    }

    public byte[] write(SpecificRecord record) {
        try {
            return MAPPER.writeValueAsBytes(toNative(record));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of plain nodes is always serialisable", impossible);
        }
    }

    /** @throws IllegalArgumentException for a record {@link #writes} does not accept */
    public ObjectNode toNative(SpecificRecord record) {
        if (record instanceof ClaimNotification notification) {
            return envelope(InsurerMessageType.CLAIM_NOTIFICATION, notification.getMessageId(),
                    notification.getOpenedAt(), notification.getInsurerCode(), notification.getClaimId(),
                    NotificationBody.of(notification));
        }
        if (record instanceof LiabilityResponse liability) {
            ObjectNode body = JSON.objectNode()
                    .put("decision", liability.getAnswer().name())
                    .put("decisionReason", liability.getReason())
                    .put("claimantNegligencePct", liability.getNegligencePercent())
                    .put("claimStatus", liability.getClaimState().name());
            return envelope(InsurerMessageType.LIABILITY_RESPONSE, liability.getMessageId(), liability.getAnsweredAt(),
                    liability.getInsurerCode(), liability.getClaimId(), body);
        }
        if (record instanceof ClaimOffer offer) {
            ObjectNode body = JSON.objectNode()
                    .put("offerNo", offer.getOfferNumber())
                    .put("calculationVersion", offer.getCalculationVersion())
                    .put("offerAmount", InsurerMoney.format(offer.getAmount()))
                    .put("currency", InsurerMoney.CURRENCY)
                    .put("remarks", offer.getNote())
                    .put("paymentDueAt", NativeTime.of(offer.getPaymentDueAt()))
                    .put("claimStatus", offer.getClaimState().name());
            return envelope(InsurerMessageType.OFFER, offer.getMessageId(), offer.getOfferedAt(),
                    offer.getInsurerCode(), offer.getClaimId(), body);
        }
        if (record instanceof PaymentConfirmation payment) {
            ObjectNode body = JSON.objectNode()
                    .put("paidAmount", InsurerMoney.format(payment.getAmount()))
                    .put("currency", InsurerMoney.CURRENCY)
                    .put("paymentDate", payment.getPaidOn().toString())
                    .put("paymentReference", payment.getReference())
                    .put("totalPaid", InsurerMoney.format(payment.getPaidTotal()))
                    .put("claimStatus", payment.getClaimState().name());
            return envelope(InsurerMessageType.PAYMENT_CONFIRMATION, payment.getMessageId(), payment.getRecordedAt(),
                    payment.getInsurerCode(), payment.getClaimId(), body);
        }
        if (record instanceof PolicyVerification verification) {
            ObjectNode body = JSON.objectNode()
                    .put("policyNo", verification.getPolicyNumber())
                    .put("verificationResult", verification.getOutcome().name())
                    .put("remarks", verification.getNote());
            return envelope(InsurerMessageType.POLICY_VERIFICATION, verification.getMessageId(),
                    verification.getVerifiedAt(), verification.getInsurerCode(), verification.getClaimId(), body);
        }
        if (record instanceof ClaimStateChange change) {
            ObjectNode body = JSON.objectNode()
                    .put("changeType", change.getChange().name())
                    .put("claimStatus", change.getClaimState().name())
                    .put("deadlineType", change.getDeadline() == null ? null : change.getDeadline().name())
                    .put("deadlineDueAt", NativeTime.of(change.getDueAt()));
            return envelope(InsurerMessageType.CLAIM_STATUS_CHANGE, change.getMessageId(), change.getAt(),
                    change.getInsurerCode(), change.getClaimId(), body);
        }
        throw new IllegalArgumentException("no insurer message for " + record.getSchema().getFullName());
    }

    private static ObjectNode envelope(InsurerMessageType type, String messageId, Instant sentAt, String insurerCode,
            String claimId, ObjectNode body) {
        ObjectNode envelope = JSON.objectNode()
                .put("formatVersion", FORMAT_VERSION)
                .put("messageId", messageId)
                .put("messageType", type.name())
                .put("sentAt", NativeTime.of(sentAt))
                .put("insurerCode", insurerCode)
                .put("claimReference", claimId);
        envelope.set("body", body);
        return envelope;
    }
}
