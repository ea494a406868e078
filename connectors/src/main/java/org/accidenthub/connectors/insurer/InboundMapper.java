package org.accidenthub.connectors.insurer;

import java.math.BigDecimal;
import java.time.Instant;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.ClaimState;
import org.accidenthub.schemas.v1.LiabilityAnswer;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Inbound message → canonical record. What only the hub can know once it applies the message is
 * left at the values claims.avdl prescribes for "a message sent to the hub": the claim state
 * UNKNOWN, offer number 0, payment due at the epoch, the total paid 0.00 (the hub sets them).
 * The message's sentAt becomes the record's time (answeredAt, offeredAt, recordedAt).
 */
final class InboundMapper {

    static final int UNNUMBERED = 0;
    static final Instant NOT_YET_DUE = Instant.EPOCH;
    static final BigDecimal NOTHING_PAID = new BigDecimal("0.00");

    private InboundMapper() {
    }

    static SpecificRecordBase toRecord(InsurerEnvelope envelope, InboundBody body) {
        if (body instanceof InboundBody.Liability liability) {
            return LiabilityResponse.newBuilder()
                    .setMessageId(envelope.messageId())
                    .setClaimId(envelope.claimReference())
                    .setInsurerCode(envelope.insurerCode())
                    .setAnswer(LiabilityAnswer.valueOf(liability.decision()))
                    .setReason(liability.reason())
                    .setNegligencePercent(liability.negligencePercent())
                    .setAnsweredAt(envelope.sentAt())
                    .setClaimState(ClaimState.UNKNOWN)
                    .build();
        }
        if (body instanceof InboundBody.Offer offer) {
            return ClaimOffer.newBuilder()
                    .setMessageId(envelope.messageId())
                    .setClaimId(envelope.claimReference())
                    .setInsurerCode(envelope.insurerCode())
                    .setOfferNumber(UNNUMBERED)
                    .setCalculationVersion(offer.calculationVersion())
                    .setAmount(offer.amount().setScale(2))
                    .setNote(offer.remarks())
                    .setOfferedAt(envelope.sentAt())
                    .setPaymentDueAt(NOT_YET_DUE)
                    .setClaimState(ClaimState.UNKNOWN)
                    .build();
        }
        InboundBody.Payment payment = (InboundBody.Payment) body;
        return PaymentConfirmation.newBuilder()
                .setMessageId(envelope.messageId())
                .setClaimId(envelope.claimReference())
                .setInsurerCode(envelope.insurerCode())
                .setAmount(payment.amount().setScale(2))
                .setPaidOn(payment.paymentDate())
                .setReference(payment.reference())
                .setRecordedAt(envelope.sentAt())
                .setPaidTotal(NOTHING_PAID)
                .setClaimState(ClaimState.UNKNOWN)
                .build();
    }
}
