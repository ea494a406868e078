package org.accidenthub.connectors.mediation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.accidenthub.connectors.json.JsonFields;
import org.accidenthub.schemas.v1.AgreementSignature;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.SettlementTerm;

/**
 * The rules between the fields of an agreement. A term or signature that failed its own rules is
 * null here and skipped: its problems are reported already.
 */
final class AgreementRules {

    private final JsonFields message;
    private final List<JsonFields> termFields;
    private final List<SettlementTerm> terms;
    private final List<JsonFields> signatureFields;
    private final List<AgreementSignature> signatures;

    AgreementRules(JsonFields message, List<JsonFields> termFields, List<SettlementTerm> terms,
            List<JsonFields> signatureFields, List<AgreementSignature> signatures) {
        this.message = message;
        this.termFields = termFields;
        this.terms = terms;
        this.signatureFields = signatureFields;
        this.signatures = signatures;
    }

    /** The total printed on the agreement is what the terms add up to, to the fen. */
    void totalIsTheSumOfTheTerms(BigDecimal total) {
        if (total == null || terms.isEmpty() || terms.contains(null)) {
            return;
        }
        BigDecimal sum = terms.stream().map(SettlementTerm::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(total) != 0) {
            message.fail("total", MediationProblemCode.TOTAL_MISMATCH,
                    "must be the sum of the terms' amounts, " + sum.setScale(2).toPlainString());
        }
    }

    /** Nothing can fall due before the agreement existed (days in China Standard Time). */
    void dueDatesAreNotBeforeTheDraft(Instant draftedAt) {
        if (draftedAt == null) {
            return;
        }
        LocalDate draftDay = draftedAt.atOffset(MediationFormat.CHINA_STANDARD_TIME).toLocalDate();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) != null && terms.get(i).getDueDate().isBefore(draftDay)) {
                termFields.get(i).fail("dueDate", MediationProblemCode.DUE_BEFORE_DRAFTED,
                        "must not be before the day the agreement was drafted");
            }
        }
    }

    void signaturesAreNotBeforeTheDraft(Instant draftedAt) {
        if (draftedAt == null) {
            return;
        }
        for (int i = 0; i < signatures.size(); i++) {
            if (signatures.get(i) != null && signatures.get(i).getSignedAt().isBefore(draftedAt)) {
                signatureFields.get(i).fail("signedAt", MediationProblemCode.SIGNED_BEFORE_DRAFTED,
                        "must not be before draftedAt: a party signs the drafted agreement");
            }
        }
    }

    /**
     * An agreement takes effect when everyone it binds has signed: every payer and payee of its terms
     * (People's Mediation Law art. 29: signed or sealed by the parties). The 30 days for a joint
     * application for judicial confirmation run from then, so the instant must be true.
     */
    void effectiveOnlyWhenEverySignatureIsThere(Instant effectiveAt) {
        if (effectiveAt == null || terms.contains(null) || signatures.contains(null)) {
            return;
        }
        List<DisputeParty> unsigned = terms.stream()
                .flatMap(term -> java.util.stream.Stream.of(term.getPayer(), term.getPayee()))
                .filter(bound -> signatures.stream().noneMatch(signature -> MessageFields.same(signature.getSigner(), bound)))
                .filter(distinctBy())
                .toList();
        if (!unsigned.isEmpty()) {
            message.fail("effectiveAt", MediationProblemCode.NOT_SIGNED_BY_ALL, "the agreement is not signed by "
                    + String.join(", ", unsigned.stream().map(DisputeParty::getName).toList()));
            return;
        }
        Instant lastSignature = signatures.stream().map(AgreementSignature::getSignedAt).max(Instant::compareTo)
                .orElse(effectiveAt);
        if (effectiveAt.isBefore(lastSignature)) {
            message.fail("effectiveAt", MediationProblemCode.EFFECTIVE_BEFORE_SIGNED,
                    "must not be before the last signature");
        }
    }

    private static java.util.function.Predicate<DisputeParty> distinctBy() {
        List<DisputeParty> seen = new java.util.ArrayList<>();
        return party -> {
            if (seen.stream().anyMatch(other -> MessageFields.same(other, party))) {
                return false;
            }
            seen.add(party);
            return true;
        };
    }
}
