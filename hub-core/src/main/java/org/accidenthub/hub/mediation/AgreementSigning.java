package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.cases.AttachmentBytes;
import org.accidenthub.hub.cases.AttachmentContents;
import org.accidenthub.hub.cases.CaseParty;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.cases.Sha256;
import org.accidenthub.hub.cases.VerifiedAttachment;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.MediationBodies.SignatureRequest;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.schemas.v1.MediationAgreement;
import org.accidenthub.schemas.v1.SignatureWay;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A party signs the draft agreement with their own account (ELECTRONIC), or the mediator records
 * a signature given on paper in front of them, with the signed page as evidence (IN_PERSON). When
 * every party of the case has signed, the agreement takes effect (People's Mediation Law art. 29:
 * 自各方当事人签名…之日起生效) and the case becomes AGREED; the 30 days for a joint application for
 * judicial confirmation run from then. A party signing again is a retry: it answers the signature
 * already given. A mediation platform's in-person signatures take the same path
 * ({@link #recordPushed}), their pages already held by the hub.
 */
@ApplicationScoped
class AgreementSigning {

    /** The evidence page rides in a JSON body, itself at most 1 MiB. */
    static final int MAX_EVIDENCE_BYTES = 700 * 1024;
    private static final Set<String> EVIDENCE_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    AgreementSigning(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    /** What a signing answered: the signature, whether it is new, and the agreement after it. */
    record Signed(boolean created, MediationView.AgreementView agreement) {
    }

    Uni<Signed> sign(UUID caseId, int version, SignatureRequest request, Caller caller) {
        Instant now = clock.now();
        boolean inPerson = caller.orgType() == OrgType.MEDIATION;
        Evidence evidence = inPerson ? evidence(request) : null;
        return signing(caseId, version, caller, inPerson,
                facts -> inPerson ? known(request.partyRef(), facts) : signer(facts, caller, request),
                (agreement, partyRef) -> signature(agreement, partyRef, inPerson, evidence, caller, now), evidence,
                now);
    }

    /**
     * A signature on paper a mediation platform pushed (docs/formats/mediation-messages.md): recorded by the
     * platform's mediator, signed when the platform says, its signed page being a document the hub already
     * holds for the mediation (delivered for it, or a case attachment: the caller checked it), so no bytes are
     * stored here.
     */
    Uni<Signed> recordPushed(UUID caseId, int version, PushedSignature pushed, Caller caller) {
        return signing(caseId, version, caller, true, facts -> known(pushed.partyRef(), facts),
                (agreement, partyRef) -> pushed.toRow(agreement), null, clock.now());
    }

    /** An in-person signature as a platform's message carries it; its evidence is known by hash. */
    record PushedSignature(String partyRef, String recordedBy, Instant signedAt, String evidenceName,
            String evidenceMediaType, String evidenceSha256, long evidenceSize) {

        AgreementSignature toRow(Agreement agreement) {
            AgreementSignature row = new AgreementSignature();
            row.id = UUID.randomUUID();
            row.agreementId = agreement.id;
            row.partyRef = partyRef;
            row.way = SignatureWay.IN_PERSON;
            row.signedBy = recordedBy;
            row.signedAt = signedAt;
            row.evidenceName = evidenceName;
            row.evidenceMediaType = evidenceMediaType;
            row.evidenceSha256 = evidenceSha256;
            row.evidenceSize = evidenceSize;
            return row;
        }
    }

    /**
     * The one signing path: the open mediation (the mediator's own organisation for in-person signatures),
     * the agreement of that version, the signer; a signer who signed before gets that signature back.
     */
    private Uni<Signed> signing(UUID caseId, int version, Caller caller, boolean inPerson,
            Function<CaseFacts, String> signerOf, BiFunction<Agreement, String, AgreementSignature> make,
            Evidence evidence, Instant now) {
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = inPerson ? locked.openFor(caller) : openForParty(locked);
            return CaseFacts.load(session, locked.kase()).chain(facts -> agreement(session, mediation, version)
                    .chain(agreement -> {
                        String partyRef = signerOf.apply(facts);
                        return MediationQueries.termsOf(session, agreement.id).chain(terms -> MediationQueries
                                .signaturesOf(session, agreement.id).chain(signatures -> {
                                    var earlier = signatures.stream().filter(s -> s.partyRef.equals(partyRef))
                                            .findFirst();
                                    if (earlier.isPresent()) {
                                        return Uni.createFrom().item(new Signed(false, MediationView.agreement(
                                                agreement, terms, signatures, facts.partyRefs())));
                                    }
                                    CaseLifecycle.require(locked.kase(), Set.of(CaseState.MEDIATING),
                                            "signing an agreement");
                                    List<AgreementSignature> all = new ArrayList<>(signatures);
                                    all.add(make.apply(agreement, partyRef));
                                    return store(session, locked, mediation, agreement, terms, all, facts, evidence,
                                            caller, now);
                                }));
                    }));
        }));
    }

    private Uni<Signed> store(Mutiny.Session session, LockedMediation locked, Mediation mediation, Agreement agreement,
            List<AgreementTerm> terms, List<AgreementSignature> all, CaseFacts facts, Evidence evidence, Caller caller,
            Instant now) {
        List<Object> rows = new ArrayList<>();
        rows.add(all.get(all.size() - 1));
        Set<String> signed = all.stream().map(s -> s.partyRef).collect(Collectors.toSet());
        boolean complete = signed.containsAll(facts.partyRefs());
        Uni<Void> before = evidence == null ? Uni.createFrom().voidItem() : keep(session, evidence, now);
        if (complete) {
            agreement.state = AgreementState.EFFECTIVE;
            agreement.effectiveAt = now;
            mediation.state = MediationState.AGREED;
            mediation.endedAt = now;
        }
        MediationAgreement record = MediationRecords.agreement(mediation, agreement, terms, all, facts.parties());
        rows.add(StepEvents.of(locked.kase(), CaseEventType.MEDIATION_AGREEMENT_SIGNED, caller, now, record));
        Uni<Void> transition = Uni.createFrom().voidItem();
        if (complete) {
            agreement.canonicalRecord = CompensationEvents.encode(record);
            rows.add(StepEvents.of(locked.kase(), CaseEventType.MEDIATION_AGREEMENT_EFFECTIVE, caller, now, record));
            transition = CaseLifecycle.move(session, locked.kase(), CaseState.AGREED, caller, now,
                    "agreement " + agreement.number + " signed by every party: in effect").replaceWithVoid();
        }
        Uni<Void> moved = transition;
        // the evidence bytes first: the signature's row refers to them
        return before.chain(() -> session.persistAll(rows.toArray()))
                .chain(() -> moved)
                .replaceWith(() -> new Signed(true, MediationView.agreement(agreement, terms, all,
                        facts.partyRefs())));
    }

    private static Mediation openForParty(LockedMediation locked) {
        if (locked.mediation() == null || locked.mediation().state != MediationState.OPEN) {
            throw ProblemException.conflict("the case has no open mediation", List.of(new Problem("",
                    "NO_OPEN_MEDIATION", "the case is " + locked.kase().state + "; nothing is open for signature")));
        }
        return locked.mediation();
    }

    private static Uni<Agreement> agreement(Mutiny.Session session, Mediation mediation, int version) {
        return session.createSelectionQuery("from Agreement a where a.mediationId = :id and a.number = :number",
                        Agreement.class)
                .setParameter("id", mediation.id)
                .setParameter("number", version)
                .getSingleResultOrNull()
                .map(found -> {
                    if (found == null) {
                        throw ProblemException.notFound("the open mediation has no agreement " + version);
                    }
                    if (found.state == AgreementState.SUPERSEDED) {
                        throw ProblemException.conflict("agreement " + version + " was superseded by a later draft",
                                List.of(new Problem("", "AGREEMENT_SUPERSEDED", "sign the newest draft")));
                    }
                    return found;
                });
    }

    /** The party the caller is: the case party whose resident ID number is the token's org_code. */
    private static String signer(CaseFacts facts, Caller caller, SignatureRequest request) {
        CaseParty party = facts.parties().stream()
                .filter(p -> "RESIDENT_ID".equals(p.idType) && p.idNumber.equals(caller.orgCode()))
                .findFirst()
                .orElseThrow(() -> ProblemException.forbidden("the caller is not a party of the case"));
        if (request.partyRef() != null && !request.partyRef().equals(party.ref)) {
            throw ProblemException.forbidden("a party signs for themselves only (" + party.ref + ")");
        }
        return party.ref;
    }

    private static String known(String partyRef, CaseFacts facts) {
        if (!facts.partyRefs().contains(partyRef)) {
            throw ProblemException.invalid(List.of(new Problem("/partyRef", "UNKNOWN_PARTY",
                    "the case has no party " + partyRef + "; parties: " + facts.partyRefs())), List.of());
        }
        return partyRef;
    }

    /** In person needs the party's ref and the signed page: checked before anything is read. */
    private static Evidence evidence(SignatureRequest request) {
        BodyChecks checks = new BodyChecks();
        checks.requiredText("/partyRef", request.partyRef(), 16);
        if (request.evidence() == null) {
            checks.add("/evidence", "REQUIRED", "an in-person signature needs the signed page as evidence");
            checks.throwIfAny();
        }
        String name = checks.requiredText("/evidence/name", request.evidence().name(), 128);
        String type = checks.requiredText("/evidence/mediaType", request.evidence().mediaType(), 64);
        if (type != null && !EVIDENCE_TYPES.contains(type)) {
            checks.add("/evidence/mediaType", "NOT_ALLOWED_VALUE", "one of " + EVIDENCE_TYPES.stream().sorted()
                    .toList());
        }
        byte[] bytes = null;
        String content = request.evidence().contentBase64();
        if (content == null || content.isBlank()) {
            checks.add("/evidence/contentBase64", "REQUIRED", "the page's bytes, base64");
        } else {
            try {
                bytes = Base64.getDecoder().decode(content);
                if (bytes.length == 0 || bytes.length > MAX_EVIDENCE_BYTES) {
                    checks.add("/evidence/contentBase64", "OUT_OF_RANGE", "1 to " + MAX_EVIDENCE_BYTES + " bytes");
                }
            } catch (IllegalArgumentException malformed) {
                checks.add("/evidence/contentBase64", "INVALID_BASE64", "not base64: " + malformed.getMessage());
            }
        }
        checks.throwIfAny();
        return new Evidence(name, type, bytes, Sha256.hex(bytes));
    }

    /**
     * The page's bytes, stored as every document's are (sealed, by hash, written at once: the signature refers
     * to them).
     */
    private static Uni<Void> keep(Mutiny.Session session, Evidence evidence, Instant now) {
        return AttachmentContents.keep(session, new VerifiedAttachment(evidence.sha256(), evidence.mediaType(),
                AttachmentBytes.of(evidence.bytes())), now).replaceWithVoid();
    }

    private static AgreementSignature signature(Agreement agreement, String partyRef, boolean inPerson,
            Evidence evidence, Caller caller, Instant now) {
        AgreementSignature signature = new AgreementSignature();
        signature.id = UUID.randomUUID();
        signature.agreementId = agreement.id;
        signature.partyRef = partyRef;
        signature.way = inPerson ? SignatureWay.IN_PERSON : SignatureWay.ELECTRONIC;
        signature.signedBy = caller.subject();
        signature.signedAt = now;
        if (evidence != null) {
            signature.evidenceSha256 = evidence.sha256();
            signature.evidenceName = evidence.name();
            signature.evidenceMediaType = evidence.mediaType();
            signature.evidenceSize = (long) evidence.bytes().length;
        }
        return signature;
    }

    private record Evidence(String name, String mediaType, byte[] bytes, String sha256) {
    }
}
