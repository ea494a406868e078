package org.accidenthub.hub.claims;

import java.util.UUID;
import org.accidenthub.hub.claims.ClaimView.LiabilityView;
import org.accidenthub.hub.claims.ClaimView.OfferView;
import org.accidenthub.hub.claims.ClaimView.PaymentView;
import org.accidenthub.hub.claims.ClaimView.VerificationView;

/**
 * What an insurer's write answers: what was recorded and the claim's state after it. A retry
 * answers the same receipt again (a payment's with the state and total of the first call).
 */
public final class ClaimReceipts {

    private ClaimReceipts() {
    }

    public record LiabilityReceipt(UUID claimId, ClaimState claimState, LiabilityView liability) {
    }

    public record OfferReceipt(UUID claimId, ClaimState claimState, OfferView offer) {
    }

    public record PaymentReceipt(UUID claimId, ClaimState claimState, String paidTotal, PaymentView payment) {
    }

    public record VerificationReceipt(UUID claimId, ClaimState claimState, VerificationView verification) {
    }
}
