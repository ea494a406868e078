package org.accidenthub.hub.claims;

import java.math.BigDecimal;
import java.util.Objects;

/** A validated offer: the amount (scale 2) and the calculation version it comes from. */
record OfferTerms(int calculationVersion, BigDecimal amount, String note) {

    /** Whether {@code offer} says exactly this: then a resend is a retry. */
    boolean sameAs(Offer offer) {
        return offer != null && offer.calculationVersion == calculationVersion
                && offer.amount.compareTo(amount) == 0 && Objects.equals(offer.note, note);
    }
}
