package org.accidenthub.hub.speedtrial;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.claims.AdjudgedAmounts;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.DisputeParties;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.Person;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.JudgmentOutcome;
import org.accidenthub.schemas.v1.Obligation;
import org.accidenthub.schemas.v1.SpeedTrialJudgment;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The assigned judge records the judgment: the outcome and who pays whom how much. The case becomes
 * JUDGED; amounts insurers pay become payment-due on their claims (as a confirmed ruling's do) and the
 * case PAYING; a judgment that awards nothing closes the case.
 */
@ApplicationScoped
class SpeedTrialJudging {

    private final Mutiny.SessionFactory sessions;
    private final AdjudgedAmounts enforcement;
    private final HubTime clock;

    SpeedTrialJudging(Mutiny.SessionFactory sessions, AdjudgedAmounts enforcement, HubTime clock) {
        this.sessions = sessions;
        this.enforcement = enforcement;
        this.clock = clock;
    }

    Uni<SpeedTrialView> judge(UUID filingId, SpeedTrialBodies.JudgmentRequest request, Caller judge, Person person) {
        BodyChecks checks = new BodyChecks();
        JudgmentOutcome outcome = checks.oneOf("/outcome", request.outcome(), JudgmentOutcome.class, null);
        if (request.outcome() == null || outcome == JudgmentOutcome.UNKNOWN) {
            checks.add("/outcome", "NOT_ALLOWED_VALUE", "UPHELD, PARTLY_UPHELD, DISMISSED, WITHDRAWN or SETTLED_IN_COURT");
        }
        String reasons = checks.text("/reasons", request.reasons(), 20000);
        List<SpeedTrialAmount> amounts = new ArrayList<>();
        List<SpeedTrialBodies.AmountBody> given = request.amounts() == null ? List.of() : request.amounts();
        for (int i = 0; i < given.size(); i++) {
            amounts.add(amount("/amounts/" + i, given.get(i), i, checks));
        }
        checks.throwIfAny();
        Instant now = clock.now();
        return sessions.withTransaction(session -> session.createSelectionQuery("select f.caseId from"
                        + " SpeedTrialFilingRow f where f.id = :id and f.courtCode = :court", UUID.class)
                .setParameter("id", filingId).setParameter("court", judge.orgCode()).getSingleResultOrNull()
                .chain(caseId -> {
                    if (caseId == null) {
                        throw ProblemException.notFound("no filing " + filingId);
                    }
                    return session.find(AccidentCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
                })
                .chain(kase -> session.find(SpeedTrialFilingRow.class, filingId).chain(row -> {
                    if (!row.judge.equals(person.username())) {
                        throw ProblemException.forbidden("the filing is assigned to another judge of the court");
                    }
                    if (!"FILED".equals(row.state)) {
                        throw ProblemException.conflict("the filing was judged already");
                    }
                    return CaseFacts.load(session, kase).chain(facts -> {
                        BodyChecks refs = new BodyChecks();
                        checkRefs(amounts, facts, refs);
                        refs.throwIfAny();
                        amounts.forEach(a -> a.filingId = row.id);
                        row.state = "JUDGED";
                        row.judgedAt = now;
                        row.judgeName = person.name();
                        row.outcome = outcome;
                        row.reasons = reasons;
                        SpeedTrialJudgment record = record(row, amounts, facts);
                        row.canonicalJudgment = CompensationEvents.encode(record);
                        List<Object> rows = new ArrayList<>(amounts);
                        rows.add(StepEvents.of(kase, CaseEventType.SPEED_TRIAL_JUDGED, judge, now, record));
                        return CaseLifecycle.move(session, kase, CaseState.JUDGED, judge, now,
                                        "judgment " + row.caseNumber + ": " + outcome)
                                .chain(() -> session.persistAll(rows.toArray()))
                                .chain(() -> enforcement.enforce(session, kase, record.getAmounts(),
                                        "judgment " + row.caseNumber, row.caseNumber, judge, now))
                                .replaceWith(() -> SpeedTrialView.of(row, amounts, now));
                    });
                })));
    }

    private static SpeedTrialAmount amount(String at, SpeedTrialBodies.AmountBody body, int position,
            BodyChecks checks) {
        SpeedTrialAmount amount = new SpeedTrialAmount();
        amount.id = UUID.randomUUID();
        amount.position = position;
        if (body == null || body.payer() == null) {
            checks.add(at + "/payer", "REQUIRED", "who pays");
            return amount;
        }
        amount.payerKind = checks.oneOf(at + "/payer/kind", body.payer().kind(), DisputePartyKind.class, null);
        if (amount.payerKind == DisputePartyKind.INSURER) {
            amount.payerCode = checks.requiredText(at + "/payer/insurerCode", body.payer().insurerCode(), 64);
        } else if (amount.payerKind == DisputePartyKind.PARTY) {
            amount.payerCode = checks.requiredText(at + "/payer/partyRef", body.payer().partyRef(), 16);
        } else {
            checks.add(at + "/payer/kind", "NOT_ALLOWED_VALUE", "PARTY or INSURER");
        }
        amount.payeeRef = checks.requiredText(at + "/payeeRef", body.payeeRef(), 16);
        amount.amount = checks.amount(at + "/amount", body.amount());
        if (amount.amount != null && amount.amount.signum() == 0) {
            checks.add(at + "/amount", "OUT_OF_RANGE", "an amount is above 0.00");
        }
        return amount;
    }

    private static void checkRefs(List<SpeedTrialAmount> amounts, CaseFacts facts, BodyChecks checks) {
        Set<String> parties = Set.copyOf(facts.partyRefs());
        Set<String> insurers = facts.policies().stream().map(p -> p.insurerCode).collect(Collectors.toSet());
        for (SpeedTrialAmount a : amounts) {
            String at = "/amounts/" + a.position;
            if (a.payerKind == DisputePartyKind.PARTY && !parties.contains(a.payerCode)) {
                checks.add(at + "/payer/partyRef", "UNKNOWN_PARTY", "the case has no party " + a.payerCode);
            }
            if (a.payerKind == DisputePartyKind.INSURER && !insurers.contains(a.payerCode)) {
                checks.add(at + "/payer/insurerCode", "UNKNOWN_INSURER", "no vehicle of the case is insured by "
                        + a.payerCode);
            }
            if (!parties.contains(a.payeeRef)) {
                checks.add(at + "/payeeRef", "UNKNOWN_PARTY", "the case has no party " + a.payeeRef);
            }
        }
    }

    private static SpeedTrialJudgment record(SpeedTrialFilingRow row, List<SpeedTrialAmount> amounts,
            CaseFacts facts) {
        return SpeedTrialJudgment.newBuilder()
                .setMessageId(UUID.randomUUID().toString())
                .setFilingId(row.id.toString())
                .setCaseId(row.caseId.toString())
                .setCourtCode(row.courtCode)
                .setCourtCaseNumber(row.caseNumber)
                .setJudge(row.judge)
                .setJudgeName(row.judgeName)
                .setProcedure(row.procedure)
                .setOutcome(row.outcome)
                .setAmounts(amounts.stream().map(a -> Obligation.newBuilder()
                        .setPayer(DisputeParties.of(a.payerKind, a.payerCode, facts.parties()))
                        .setPayee(DisputeParties.of(DisputePartyKind.PARTY, a.payeeRef, facts.parties()))
                        .setAmount(a.amount.setScale(2))
                        .build()).toList())
                .setReasons(row.reasons)
                .setJudgedAt(row.judgedAt)
                .build();
    }
}
