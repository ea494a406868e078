package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.connectors.insurer.InsurerMessageType;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemPaths;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.ClaimOffer;
import org.accidenthub.schemas.v1.LiabilityResponse;
import org.accidenthub.schemas.v1.PaymentConfirmation;
import org.apache.avro.specific.SpecificRecordBase;

/**
 * Applies an insurer message, already read into its canonical record, through the same services as
 * the claims API (the same rules, transitions, retries and events): the record becomes the API's
 * request and the service's receipt becomes the message's. A 422 of a service names the API's field,
 * so its path is moved to the message's field (/amount → /body/offerAmount).
 */
@ApplicationScoped
class InsurerMessageApplying {

    private static final Map<String, String> LIABILITY_PATHS = Map.of("/answer", "/body/decision",
            "/reason", "/body/decisionReason", "/negligencePercent", "/body/claimantNegligencePct");
    private static final Map<String, String> OFFER_PATHS = Map.of("/calculationVersion", "/body/calculationVersion",
            "/amount", "/body/offerAmount", "/note", "/body/remarks");
    private static final Map<String, String> PAYMENT_PATHS = Map.of("/amount", "/body/paidAmount",
            "/paidOn", "/body/paymentDate", "/reference", "/body/paymentReference");

    private final LiabilityAnswering answering;
    private final Offering offering;
    private final PaymentRecording payments;

    InsurerMessageApplying(LiabilityAnswering answering, Offering offering, PaymentRecording payments) {
        this.answering = answering;
        this.offering = offering;
        this.payments = payments;
    }

    /** @param warnings the connector's warnings, handed back in the receipt */
    Uni<InsurerMessageReceipt> apply(SpecificRecordBase message, List<Problem> warnings, Caller caller) {
        if (message instanceof LiabilityResponse liability) {
            LiabilityRequest request = new LiabilityRequest(liability.getAnswer().name(), liability.getReason(),
                    liability.getNegligencePercent());
            return ProblemPaths.relocated(answering.answer(claim(liability.getClaimId()), request, caller), LIABILITY_PATHS)
                    .map(receipt -> receipt(liability.getMessageId(), InsurerMessageType.LIABILITY_RESPONSE,
                            receipt.claimId(), receipt.claimState(), warnings, receipt));
        }
        if (message instanceof ClaimOffer offer) {
            OfferRequest request = new OfferRequest(offer.getCalculationVersion(),
                    Money.format(offer.getAmount()), offer.getNote());
            return ProblemPaths.relocated(offering.offer(claim(offer.getClaimId()), request, caller), OFFER_PATHS)
                    .map(receipt -> receipt(offer.getMessageId(), InsurerMessageType.OFFER, receipt.claimId(),
                            receipt.claimState(), warnings, receipt));
        }
        PaymentConfirmation payment = (PaymentConfirmation) message;
        PaymentRequest request = new PaymentRequest(Money.format(payment.getAmount()), payment.getPaidOn().toString(),
                payment.getReference());
        return ProblemPaths.relocated(payments.pay(claim(payment.getClaimId()), request, caller), PAYMENT_PATHS)
                .map(receipt -> receipt(payment.getMessageId(), InsurerMessageType.PAYMENT_CONFIRMATION,
                        receipt.claimId(), receipt.claimState(), warnings, receipt));
    }

    private static InsurerMessageReceipt receipt(String messageId, InsurerMessageType type, UUID claimId,
            ClaimState state, List<Problem> warnings, Object result) {
        return new InsurerMessageReceipt(messageId, type.name(), claimId, state, warnings, result);
    }

    private static UUID claim(String claimReference) {
        return ClaimIds.parse(claimReference);
    }
}
