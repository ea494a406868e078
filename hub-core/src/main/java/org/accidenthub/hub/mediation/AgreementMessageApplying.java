package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.mediation.AgreementDrafting.PlatformVersion;
import org.accidenthub.hub.mediation.AgreementSigning.PushedSignature;
import org.accidenthub.hub.mediation.MediationBodies.AgreementRequest;
import org.accidenthub.hub.mediation.MediationBodies.PayerBody;
import org.accidenthub.hub.mediation.MediationBodies.TermBody;
import org.accidenthub.hub.mediation.MediationView.AgreementView;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.problems.ProblemPaths;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.AttachmentRef;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.SettlementTerm;
import org.accidenthub.schemas.v1.SignatureWay;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Applies a platform's AGREEMENT (docs/formats/mediation-messages.md, "AGREEMENT in the hub") through the
 * mediator API's services: {@link AgreementDrafting} drafts it, or the hub's draft of the same agreementId and
 * version is found again; {@link AgreementSigning} records its signatures. The hub counts a signature only when
 * the party gave it with their own account or it was recorded in person with the signed page, because a court
 * confirming the agreement must see how each party consented (People's Mediation Law art. 29, 33):
 * <ul>
 * <li>IN_PERSON: recorded as by the platform's mediator (recordedBy), only when the hub holds the signed page's
 * bytes for the mediation: delivered for it ({@link MediationDocuments}) or an attachment of the case
 * ({@value #EVIDENCE_NOT_UPLOADED} otherwise, 422);</li>
 * <li>ELECTRONIC: an account of the platform, which the hub cannot verify: not counted, warned
 * ({@value #SIGNATURE_NEEDS_PARTY_ACCOUNT}); the party signs in the hub with their own account;</li>
 * <li>an insurer's: the hub's agreement binds once the case's parties signed; not kept, warned.</li>
 * </ul>
 * The message's effectiveAt is the platform's claim: the hub's agreement takes effect with the last counted
 * signature ({@link AgreementSigning}), and says so ({@value #NOT_EFFECTIVE_IN_HUB}) when that has not come.
 * Everything runs in the caller's transaction (the idempotent write's), so a refused message stores nothing.
 */
@ApplicationScoped
class AgreementMessageApplying {

    static final String EVIDENCE_NOT_UPLOADED = "EVIDENCE_NOT_UPLOADED";
    static final String SIGNATURE_NEEDS_PARTY_ACCOUNT = "SIGNATURE_NEEDS_PARTY_ACCOUNT";
    static final String INSURER_SIGNATURE_NOT_KEPT = "INSURER_SIGNATURE_NOT_KEPT";
    static final String NOT_EFFECTIVE_IN_HUB = "NOT_EFFECTIVE_IN_HUB";

    private final Mutiny.SessionFactory sessions;
    private final AgreementDrafting drafting;
    private final AgreementSigning signing;

    AgreementMessageApplying(Mutiny.SessionFactory sessions, AgreementDrafting drafting, AgreementSigning signing) {
        this.sessions = sessions;
        this.drafting = drafting;
        this.signing = signing;
    }

    /** @param mediationId the case's latest mediation in the caller's scope, which the message names */
    Uni<MediationMessageReceipt> apply(MediationAgreement message, List<Problem> readWarnings, UUID caseId,
            UUID mediationId, Caller caller) {
        List<Problem> warnings = new ArrayList<>(readWarnings);
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = locked.openFor(caller);
            return CaseFacts.load(session, locked.kase()).chain(facts -> heldEvidence(session, caseId, mediationId,
                    message)
                    .map(held -> {
                        List<Problem> errors = new ArrayList<>();
                        payeesArePartiesOfTheCase(message, errors);
                        List<PushedSignature> counted = counted(message, facts, held, errors, warnings);
                        if (!errors.isEmpty()) {
                            throw ProblemException.invalid(errors, warnings);
                        }
                        return counted;
                    })
                    .chain(counted -> hubAgreement(session, mediation, message, facts, caseId, caller)
                            .chain(view -> signAll(caseId, view, counted, caller))))
                    .map(view -> {
                        warnElectronic(message, view, warnings);
                        warnNotEffective(message, view, warnings);
                        return new MediationMessageReceipt(message.getMessageId(), "AGREEMENT", caseId, mediationId,
                                warnings, view);
                    });
        }));
    }

    /**
     * The hashes of the message's evidence pages whose bytes the hub holds for this mediation: delivered for it
     * by the platform ({@link MediationDocuments}), or an attachment of the case (a police file's).
     */
    private static Uni<Set<String>> heldEvidence(Mutiny.Session session, UUID caseId, UUID mediationId,
            MediationAgreement message) {
        List<String> hashes = message.getSignatures().stream().map(s -> s.getEvidence())
                .filter(Objects::nonNull).map(AttachmentRef::getSha256).distinct().toList();
        if (hashes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return MediationDocuments.deliveredFor(session, mediationId, hashes).chain(delivered -> session
                // the case's attachments (CaseAttachment) whose bytes are held (AttachmentContent)
                .createSelectionQuery("select a.sha256 from CaseAttachment a where a.caseId = :caseId"
                        + " and a.sha256 in :hashes and exists (select c.sha256 from AttachmentContent c"
                        + " where c.sha256 = a.sha256)", String.class)
                .setParameter("caseId", caseId)
                .setParameter("hashes", hashes)
                .getResultList()
                .map(attached -> {
                    Set<String> held = new HashSet<>(delivered);
                    held.addAll(attached);
                    return held;
                }));
    }

    /** The hub's agreement pays parties of the case; an insurer as payee has no place in its terms. */
    private static void payeesArePartiesOfTheCase(MediationAgreement message, List<Problem> errors) {
        for (int i = 0; i < message.getTerms().size(); i++) {
            if (message.getTerms().get(i).getPayee().getKind() != DisputePartyKind.PARTY) {
                errors.add(new Problem("/terms/" + i + "/payee", "PAYEE_NOT_A_PARTY",
                        "the hub's agreement pays a party of the case (kind PARTY with partyRef)"));
            }
        }
    }

    /** The signatures the hub counts (in person, page held), one per party; the others are warned or refused. */
    private static List<PushedSignature> counted(MediationAgreement message, CaseFacts facts, Set<String> held,
            List<Problem> errors, List<Problem> warnings) {
        Map<String, PushedSignature> byParty = new HashMap<>();
        List<PushedSignature> counted = new ArrayList<>();
        for (int i = 0; i < message.getSignatures().size(); i++) {
            var signature = message.getSignatures().get(i);
            String at = "/signatures/" + i;
            if (signature.getSigner().getKind() != DisputePartyKind.PARTY) {
                warnings.add(new Problem(at, INSURER_SIGNATURE_NOT_KEPT, "the hub's agreement takes effect with the "
                        + "signatures of the case's parties " + facts.partyRefs() + "; an insurer's is not kept"));
                continue;
            }
            String partyRef = signature.getSigner().getPartyRef();
            if (!facts.partyRefs().contains(partyRef)) {
                errors.add(new Problem(at + "/signer/partyRef", "UNKNOWN_PARTY", "the case has no party " + partyRef
                        + "; parties: " + facts.partyRefs()));
                continue;
            }
            if (signature.getWay() != SignatureWay.IN_PERSON) {
                continue; // warned once the hub's signatures are known (warnElectronic)
            }
            AttachmentRef page = signature.getEvidence();
            if (!held.contains(page.getSha256())) {
                errors.add(new Problem(at + "/evidence", EVIDENCE_NOT_UPLOADED, "the hub holds no page with sha256 "
                        + page.getSha256() + " for this mediation: an in-person signature counts only with the "
                        + "signed page itself; deliver it first (PUT /api/v1/cases/" + message.getCaseId()
                        + "/mediations/current/documents/" + page.getSha256() + "), then send the message again"));
                continue;
            }
            if (!byParty.containsKey(partyRef)) {
                PushedSignature pushed = new PushedSignature(partyRef, signature.getRecordedBy(),
                        signature.getSignedAt(), page.getName(), page.getMediaType(), page.getSha256(),
                        page.getSize());
                byParty.put(partyRef, pushed);
                counted.add(pushed);
            }
        }
        return counted;
    }

    /**
     * The hub's agreement for the message's agreementId and version: the one drafted from an earlier state of it
     * (its terms unchanged), or a new draft, which supersedes an unsigned earlier one as the mediator API does.
     */
    private Uni<AgreementView> hubAgreement(Mutiny.Session session, Mediation mediation, MediationAgreement message,
            CaseFacts facts, UUID caseId, Caller caller) {
        return session.createSelectionQuery("from Agreement a where a.mediationId = :id"
                        + " and a.platformAgreementId = :agreementId order by a.platformVersion desc", Agreement.class)
                .setParameter("id", mediation.id)
                .setParameter("agreementId", message.getAgreementId())
                .getResultList()
                .chain(drafted -> {
                    Agreement same = drafted.stream().filter(a -> a.platformVersion == message.getVersion())
                            .findFirst().orElse(null);
                    if (same != null) {
                        return unchanged(session, same, message, facts);
                    }
                    if (!drafted.isEmpty() && drafted.get(0).platformVersion > message.getVersion()) {
                        throw ProblemException.conflict("agreement " + message.getAgreementId() + " has version "
                                + drafted.get(0).platformVersion, List.of(new Problem("/version",
                                        "AGREEMENT_VERSION_OUTDATED", "a later version of the agreement was drafted;"
                                                + " an earlier one cannot replace it")));
                    }
                    return ProblemPaths.relocated(drafting.draft(caseId, request(message),
                            new PlatformVersion(message.getAgreementId(), message.getVersion()), caller),
                            termPaths(message));
                });
    }

    /** A later state of a version the hub drafted: the same terms, or 409 (other terms are version + 1). */
    private static Uni<AgreementView> unchanged(Mutiny.Session session, Agreement agreement,
            MediationAgreement message, CaseFacts facts) {
        if (agreement.state == AgreementState.SUPERSEDED) {
            throw ProblemException.conflict("version " + message.getVersion() + " was superseded by a later draft",
                    List.of(new Problem("/version", "AGREEMENT_SUPERSEDED", "send the newest version")));
        }
        return MediationQueries.termsOf(session, agreement.id).chain(terms -> {
            if (!sameTerms(agreement, terms, message)) {
                throw ProblemException.conflict("version " + message.getVersion() + " of agreement "
                        + message.getAgreementId() + " was drafted with other terms", List.of(new Problem("/terms",
                                "AGREEMENT_VERSION_CHANGED", "a redraft with other terms is version + 1")));
            }
            return MediationQueries.signaturesOf(session, agreement.id)
                    .map(signatures -> MediationView.agreement(agreement, terms, signatures, facts.partyRefs()));
        });
    }

    private static boolean sameTerms(Agreement agreement, List<AgreementTerm> terms, MediationAgreement message) {
        if (agreement.calculationVersion != message.getCalculationVersion()
                || terms.size() != message.getTerms().size()) {
            return false;
        }
        for (int i = 0; i < terms.size(); i++) {
            AgreementTerm held = terms.get(i);
            SettlementTerm sent = message.getTerms().get(i);
            String payer = sent.getPayer().getKind() == DisputePartyKind.INSURER ? sent.getPayer().getInsurerCode()
                    : sent.getPayer().getPartyRef();
            if (held.payerKind != sent.getPayer().getKind() || !held.payerCode.equals(payer)
                    || !held.payeeRef.equals(sent.getPayee().getPartyRef())
                    || held.amount.compareTo(sent.getAmount()) != 0 || !held.dueOn.equals(sent.getDueDate())
                    || held.method != sent.getMethod()) {
                return false;
            }
        }
        return true;
    }

    /** The message as the mediator API's draft request (a term's note and the document stay the platform's). */
    private static AgreementRequest request(MediationAgreement message) {
        return new AgreementRequest(message.getCalculationVersion(), message.getTerms().stream()
                .map(t -> new TermBody(new PayerBody(t.getPayer().getKind().name(), t.getPayer().getPartyRef(),
                        t.getPayer().getInsurerCode()), t.getPayee().getPartyRef(),
                        t.getAmount().setScale(2).toPlainString(), t.getDueDate().toString(), t.getMethod().name()))
                .toList());
    }

    /** The API names a term's payee /payeeRef; the message, /payee/partyRef. */
    private static Map<String, String> termPaths(MediationAgreement message) {
        Map<String, String> paths = new HashMap<>();
        for (int i = 0; i < message.getTerms().size(); i++) {
            paths.put("/terms/" + i + "/payeeRef", "/terms/" + i + "/payee/partyRef");
        }
        return paths;
    }

    /** Each counted signature the agreement has not yet, through the API's signing (the last one makes it effective). */
    private Uni<AgreementView> signAll(UUID caseId, AgreementView view, List<PushedSignature> counted,
            Caller caller) {
        Set<String> signed = new HashSet<>(view.signatures().stream().map(MediationView.SignatureView::partyRef)
                .toList());
        Uni<AgreementView> chain = Uni.createFrom().item(view);
        for (PushedSignature pushed : counted) {
            if (signed.contains(pushed.partyRef())) {
                continue;
            }
            chain = chain.chain(before -> signing.recordPushed(caseId, before.version(), pushed, caller)
                    .map(AgreementSigning.Signed::agreement));
        }
        return chain;
    }

    /** Every ELECTRONIC signature is listed: the hub did not count it, and says how the party signs instead. */
    private static void warnElectronic(MediationAgreement message, AgreementView view, List<Problem> warnings) {
        Set<String> signed = new HashSet<>(view.signatures().stream().map(MediationView.SignatureView::partyRef)
                .toList());
        for (int i = 0; i < message.getSignatures().size(); i++) {
            var signature = message.getSignatures().get(i);
            if (signature.getWay() != SignatureWay.ELECTRONIC
                    || signature.getSigner().getKind() != DisputePartyKind.PARTY) {
                continue;
            }
            String partyRef = signature.getSigner().getPartyRef();
            warnings.add(new Problem("/signatures/" + i, SIGNATURE_NEEDS_PARTY_ACCOUNT, signed.contains(partyRef)
                    ? "not counted: the hub cannot verify a platform's account; " + partyRef + " has signed in the hub"
                    : "not counted: the hub cannot verify a platform's account (" + signature.getSignerSubject()
                            + "); " + partyRef + " signs with their own account: POST /api/v1/cases/"
                            + message.getCaseId() + "/mediations/current/agreements/" + view.version()
                            + "/signatures"));
        }
    }

    private static void warnNotEffective(MediationAgreement message, AgreementView view, List<Problem> warnings) {
        if (message.getEffectiveAt() != null && view.state() != AgreementState.EFFECTIVE) {
            warnings.add(new Problem("/effectiveAt", NOT_EFFECTIVE_IN_HUB, "the agreement is not in effect in the "
                    + "hub: it takes effect when the last of the case's parties has a counted signature; awaiting "
                    + view.awaiting()));
        }
    }
}
