package org.accidenthub.hub.arbitration;

/** The JSON body of a referral (read strictly: unknown fields are 400). */
public final class ArbitrationBodies {

    private ArbitrationBodies() {
    }

    /**
     * @param commissionCode       the commission referred to: its organisation code (2–32 of A-Z 0-9 -)
     * @param arbitrationAgreement the parties' written agreement to arbitrate, by hash (Arbitration Law art. 16)
     */
    public record ReferralRequest(String commissionCode, DocumentBody arbitrationAgreement) {
    }

    /** A document by reference: its bytes reach the commission separately (docs/formats/arbitration-messages.md). */
    public record DocumentBody(String name, String mediaType, String sha256, Long size) {
    }
}
