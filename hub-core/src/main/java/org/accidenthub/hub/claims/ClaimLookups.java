package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

/** The rows of a claim that its changes look up, inside their transaction. */
final class ClaimLookups {

    private ClaimLookups() {
    }

    /** The latest offer (the agreed amount), or null before the first. */
    static Uni<Offer> latestOffer(Mutiny.Session session, UUID claimId) {
        return session.createSelectionQuery("from Offer o where o.claimId = :id order by o.number desc", Offer.class)
                .setParameter("id", claimId)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }

    /** Whether the case has a kept compensation calculation of that version (compensation/calculations). */
    static Uni<Boolean> calculationExists(Mutiny.Session session, UUID caseId, int version) {
        return session.createSelectionQuery("select count(r) from CompensationCalculationRow r"
                        + " where r.caseId = :caseId and r.version = :version", Long.class)
                .setParameter("caseId", caseId)
                .setParameter("version", version)
                .getSingleResult()
                .map(count -> count > 0);
    }

    static Uni<Payment> paymentByReference(Mutiny.Session session, UUID claimId, String reference) {
        return session.createSelectionQuery("from Payment p where p.claimId = :id and p.reference = :reference",
                        Payment.class)
                .setParameter("id", claimId)
                .setParameter("reference", reference)
                .getSingleResultOrNull();
    }

    static Uni<Cover> cover(Mutiny.Session session, UUID claimId, String policyNumber) {
        return session.createSelectionQuery("from Cover v where v.claimId = :id and v.policyNumber = :policy",
                        Cover.class)
                .setParameter("id", claimId)
                .setParameter("policy", policyNumber)
                .getSingleResultOrNull();
    }

    static Uni<CoverVerification> latestVerification(Mutiny.Session session, UUID claimId, String policyNumber) {
        return session.createSelectionQuery("from CoverVerification v where v.claimId = :id"
                        + " and v.policyNumber = :policy order by v.verifiedAt desc, v.id desc", CoverVerification.class)
                .setParameter("id", claimId)
                .setParameter("policy", policyNumber)
                .setMaxResults(1)
                .getSingleResultOrNull();
    }
}
