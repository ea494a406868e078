package org.accidenthub.hub.mediation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.Amounts;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.MediationBodies.AgreementRequest;
import org.accidenthub.hub.mediation.MediationBodies.TermBody;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.PaymentMethod;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The mediator drafts the agreement: terms per payer and payee, agreed from one compensation
 * calculation version of the case (the numbers every party saw). A new draft supersedes an
 * unsigned earlier one; signatures of the earlier draft do not carry over.
 */
@ApplicationScoped
class AgreementDrafting {

    static final int MAX_TERMS = 50;

    private final Mutiny.SessionFactory sessions;
    private final HubTime clock;

    AgreementDrafting(Mutiny.SessionFactory sessions, HubTime clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    Uni<MediationView.AgreementView> draft(UUID caseId, AgreementRequest request, Caller caller) {
        return draft(caseId, request, null, caller);
    }

    /** A platform's agreement version, kept on the hub's draft so that its later states find it. */
    record PlatformVersion(String agreementId, int version) {
    }

    /** @param platform the pushed agreement's id and version, or null when drafted through the API */
    Uni<MediationView.AgreementView> draft(UUID caseId, AgreementRequest request, PlatformVersion platform,
            Caller caller) {
        Instant now = clock.now();
        BodyChecks checks = new BodyChecks();
        Integer version = checks.required("/calculationVersion", request.calculationVersion());
        List<TermBody> bodies = request.terms() == null ? List.of() : request.terms();
        if (bodies.isEmpty()) {
            checks.add("/terms", "REQUIRED", "an agreement has at least one term");
        } else if (bodies.size() > MAX_TERMS) {
            checks.add("/terms", "TOO_MANY", "at most " + MAX_TERMS + " terms");
        }
        List<AgreementTerm> terms = new ArrayList<>();
        for (int i = 0; i < bodies.size() && i < MAX_TERMS; i++) {
            terms.add(term("/terms/" + i, bodies.get(i), i, clock.today(), checks));
        }
        checks.throwIfAny();
        return sessions.withTransaction(session -> LockedMediation.lock(session, caseId, caller).chain(locked -> {
            Mediation mediation = locked.openFor(caller);
            CaseLifecycle.require(locked.kase(), Set.of(CaseState.MEDIATING), "drafting an agreement");
            return CaseFacts.load(session, locked.kase()).chain(facts -> calculationExists(session, caseId, version)
                    .chain(exists -> {
                        BodyChecks refs = new BodyChecks();
                        if (!exists) {
                            refs.add("/calculationVersion", "CALCULATION_NOT_FOUND", "the case has no calculation"
                                    + " version " + version + "; POST /api/v1/cases/" + caseId + "/compensation");
                        }
                        checkRefs(terms, facts, refs);
                        refs.throwIfAny();
                        return supersedeDrafts(session, mediation.id).chain(() -> nextNumber(session, mediation.id));
                    })
                    .chain(number -> {
                        Agreement agreement = new Agreement();
                        agreement.id = UUID.randomUUID();
                        agreement.mediationId = mediation.id;
                        agreement.caseId = caseId;
                        agreement.number = number;
                        agreement.calculationVersion = version;
                        agreement.state = AgreementState.DRAFT;
                        agreement.draftedBy = caller.subject();
                        agreement.draftedAt = now;
                        if (platform != null) {
                            agreement.platformAgreementId = platform.agreementId();
                            agreement.platformVersion = platform.version();
                        }
                        terms.forEach(t -> t.agreementId = agreement.id);
                        List<Object> rows = new ArrayList<>();
                        rows.add(agreement);
                        rows.addAll(terms);
                        rows.add(StepEvents.of(locked.kase(), CaseEventType.MEDIATION_AGREEMENT_DRAFTED, caller, now,
                                MediationRecords.agreement(mediation, agreement, terms, List.of(), facts.parties())));
                        return session.persistAll(rows.toArray())
                                .replaceWith(() -> MediationView.agreement(agreement, terms, List.of(),
                                        facts.partyRefs()));
                    }));
        }));
    }

    private static AgreementTerm term(String at, TermBody body, int position, LocalDate today, BodyChecks checks) {
        AgreementTerm term = new AgreementTerm();
        term.id = UUID.randomUUID();
        term.position = position;
        if (body == null) {
            checks.add(at, "REQUIRED", "a term is an object");
            return term;
        }
        if (body.payer() == null) {
            checks.add(at + "/payer", "REQUIRED", "who pays: {\"kind\":\"INSURER\",\"insurerCode\":…}"
                    + " or {\"kind\":\"PARTY\",\"partyRef\":…}");
        } else {
            term.payerKind = checks.oneOf(at + "/payer/kind", body.payer().kind(), DisputePartyKind.class, null);
            if (body.payer().kind() == null || term.payerKind == DisputePartyKind.OTHER) {
                checks.add(at + "/payer/kind", "NOT_ALLOWED_VALUE", "PARTY or INSURER");
            } else if (term.payerKind == DisputePartyKind.INSURER) {
                term.payerCode = checks.requiredText(at + "/payer/insurerCode", body.payer().insurerCode(), 64);
            } else if (term.payerKind == DisputePartyKind.PARTY) {
                term.payerCode = checks.requiredText(at + "/payer/partyRef", body.payer().partyRef(), 16);
            }
        }
        term.payeeRef = checks.requiredText(at + "/payeeRef", body.payeeRef(), 16);
        term.amount = checks.amount(at + "/amount", body.amount());
        if (term.amount != null && term.amount.signum() == 0) {
            checks.add(at + "/amount", "OUT_OF_RANGE", "a term's amount is above 0.00");
        }
        term.dueOn = checks.date(at + "/dueDate", body.dueDate());
        if (term.dueOn != null && term.dueOn.isBefore(today)) {
            checks.add(at + "/dueDate", "DATE_IN_PAST", "a term cannot fall due before today (" + today + ")");
        }
        term.method = checks.oneOf(at + "/method", body.method(), PaymentMethod.class, null);
        if (body.method() == null) {
            checks.add(at + "/method", "REQUIRED", "one of BANK_TRANSFER, CASH, INSURER_DIRECT, OTHER");
        }
        return term;
    }

    /** Payers and payees must be in the case: a party by ref, an insurer by a policy of the case. */
    private static void checkRefs(List<AgreementTerm> terms, CaseFacts facts, BodyChecks checks) {
        Set<String> parties = Set.copyOf(facts.partyRefs());
        Set<String> insurers = facts.policies().stream().map(p -> p.insurerCode).collect(Collectors.toSet());
        for (AgreementTerm term : terms) {
            String at = "/terms/" + term.position;
            if (term.payerKind == DisputePartyKind.PARTY && !parties.contains(term.payerCode)) {
                checks.add(at + "/payer/partyRef", "UNKNOWN_PARTY", "the case has no party " + term.payerCode
                        + "; parties: " + facts.partyRefs());
            }
            if (term.payerKind == DisputePartyKind.INSURER && !insurers.contains(term.payerCode)) {
                checks.add(at + "/payer/insurerCode", "UNKNOWN_INSURER", "no vehicle of the case is insured by "
                        + term.payerCode + "; insurers: " + insurers.stream().sorted().toList());
            }
            if (!parties.contains(term.payeeRef)) {
                checks.add(at + "/payeeRef", "UNKNOWN_PARTY", "the case has no party " + term.payeeRef
                        + "; parties: " + facts.partyRefs());
            } else if (term.payerKind == DisputePartyKind.PARTY && term.payeeRef.equals(term.payerCode)) {
                checks.add(at + "/payeeRef", "PAYER_IS_PAYEE", "a party does not pay itself");
            }
        }
    }

    private static Uni<Boolean> calculationExists(Mutiny.Session session, UUID caseId, int version) {
        return session.createSelectionQuery("select count(c) from CompensationCalculationRow c"
                        + " where c.caseId = :caseId and c.version = :version", Long.class)
                .setParameter("caseId", caseId)
                .setParameter("version", version)
                .getSingleResult()
                .map(count -> count > 0);
    }

    private static Uni<Integer> supersedeDrafts(Mutiny.Session session, UUID mediationId) {
        return session.createMutationQuery("update Agreement a set a.state = :superseded"
                        + " where a.mediationId = :id and a.state = :draft")
                .setParameter("superseded", AgreementState.SUPERSEDED)
                .setParameter("draft", AgreementState.DRAFT)
                .setParameter("id", mediationId)
                .executeUpdate();
    }

    private static Uni<Integer> nextNumber(Mutiny.Session session, UUID mediationId) {
        return session.createSelectionQuery("select max(a.number) from Agreement a where a.mediationId = :id",
                        Integer.class)
                .setParameter("id", mediationId)
                .getSingleResultOrNull()
                .map(max -> max == null ? 1 : max + 1);
    }

    static BigDecimal total(List<AgreementTerm> terms) {
        return terms.stream().map(t -> t.amount).reduce(Amounts.ZERO, BigDecimal::add);
    }
}
