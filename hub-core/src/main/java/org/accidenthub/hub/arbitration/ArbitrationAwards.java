package org.accidenthub.hub.arbitration;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.accidenthub.connectors.arbitration.ArbitrationAwardConnector;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.claims.AdjudgedAmounts;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;
import org.accidenthub.schemas.v1.ArbitrationAward;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.Obligation;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * A commission's award arrives as XML (docs/formats/arbitration-messages.md). The connector reads it
 * with the hardened parser; an award with any problem stores nothing. The hub then checks what the
 * connector cannot know: that the award answers a referral to the caller's own commission (else 404,
 * as for anything outside the caller's organisation), of that case, with payers and payees of the case,
 * and that its messageId is new (a resend answers as the first did and changes nothing). The case
 * becomes AWARDED, and the amounts follow the same path as a judgment's ({@link AdjudgedAmounts}).
 */
@ApplicationScoped
class ArbitrationAwards {

    private static final ArbitrationAwardConnector CONNECTOR = new ArbitrationAwardConnector();

    private final Mutiny.SessionFactory sessions;
    private final AdjudgedAmounts enforcement;
    private final HubTime clock;
    private final ArbitrationCommissions commissions;

    ArbitrationAwards(Mutiny.SessionFactory sessions, AdjudgedAmounts enforcement, HubTime clock,
            ArbitrationCommissions commissions) {
        this.sessions = sessions;
        this.enforcement = enforcement;
        this.clock = clock;
        this.commissions = commissions;
    }

    /** The award as stored, and whether it was new (false: a resend of one stored before). */
    record Received(ArbitrationView view, boolean created) {
    }

    Uni<Received> receive(byte[] body, Caller arbitrator) {
        if (!arbitrator.actsAs(Roles.ARBITRATOR, OrgType.ARBITRATION)) {
            throw ProblemException.forbidden("only an arbitration commission's arbitrators send awards");
        }
        Instant now = clock.now();
        Conversion<ArbitrationAward> read = CONNECTOR.read(body, new ReadContext(now));
        if (!read.accepted()) {
            throw AwardRefusals.of(read);
        }
        ArbitrationAward award = read.requireRecord();
        if (!award.getCommissionCode().equals(arbitrator.orgCode())) {
            throw ProblemException.forbidden("commissionCode " + award.getCommissionCode()
                    + " is not the caller's commission");
        }
        UUID referralId = UUID.fromString(award.getReferralId());
        return sessions.withTransaction(session -> session.createSelectionQuery("select r.caseId from"
                        + " ArbitrationReferralRow r where r.id = :id and r.commissionCode = :commission", UUID.class)
                .setParameter("id", referralId).setParameter("commission", arbitrator.orgCode())
                .getSingleResultOrNull()
                .chain(caseId -> {
                    if (caseId == null) {
                        throw ProblemException.notFound("no referral " + referralId + " to the caller's commission");
                    }
                    return session.find(AccidentCase.class, caseId, LockModeType.PESSIMISTIC_WRITE);
                })
                .chain(kase -> session.find(ArbitrationReferralRow.class, referralId)
                        .chain(row -> award.getMessageId().equals(row.awardMessageId)
                                ? amounts(session, row).map(amounts -> new Received(
                                        ArbitrationView.of(row, commissions, amounts, read.warnings()), false))
                                : messageIdUnused(session, award, arbitrator)
                                        .chain(() -> CaseFacts.load(session, kase))
                                        .chain(facts -> store(session, kase, row, facts, award, read.warnings(),
                                                arbitrator, now)))));
    }

    private Uni<Received> store(Mutiny.Session session, AccidentCase kase, ArbitrationReferralRow row, CaseFacts facts,
            ArbitrationAward award, List<Problem> warnings, Caller arbitrator, Instant now) {
        if (!ArbitrationReferralRow.REFERRED.equals(row.state)) {
            throw ProblemException.conflict("the referral was awarded already (" + row.awardNumber + ")");
        }
        List<Problem> problems = new ArrayList<>();
        if (!award.getCaseId().equals(row.caseId.toString())) {
            problems.add(new Problem("/award/caseId", "REFERRAL_CASE_MISMATCH",
                    "the referral " + row.id + " is of another case"));
        }
        checkParties(award.getAmounts(), facts, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems, warnings);
        }
        row.state = ArbitrationReferralRow.AWARDED;
        row.awardMessageId = award.getMessageId();
        row.awardNumber = award.getAwardNumber();
        row.outcome = award.getOutcome();
        row.awardedAt = award.getAwardedAt();
        row.awardReceivedAt = now;
        row.awardReceivedFrom = arbitrator.subject();
        row.canonicalAward = CompensationEvents.encode(award);
        List<ArbitrationAwardAmount> amounts = new ArrayList<>();
        for (int i = 0; i < award.getAmounts().size(); i++) {
            amounts.add(ArbitrationAwardAmount.of(row.id, i + 1, award.getAmounts().get(i)));
        }
        List<Object> rows = new ArrayList<>(amounts);
        rows.add(StepEvents.of(kase, CaseEventType.ARBITRATION_AWARDED, arbitrator, now, award));
        String decision = "award " + award.getAwardNumber();
        return CaseLifecycle.move(session, kase, CaseState.AWARDED, arbitrator, now,
                        decision + " of commission " + row.commissionCode + ": " + award.getOutcome())
                .chain(() -> session.persistAll(rows.toArray()))
                .chain(() -> enforcement.enforce(session, kase, award.getAmounts(), decision, award.getAwardNumber(),
                        arbitrator, now))
                .replaceWith(() -> new Received(ArbitrationView.of(row, commissions, amounts, warnings), true));
    }

    /** The hub drops a message whose id it has seen: one used for another referral's award is a conflict. */
    private static Uni<Void> messageIdUnused(Mutiny.Session session, ArbitrationAward award, Caller arbitrator) {
        return session.createSelectionQuery("select count(r) from ArbitrationReferralRow r where"
                        + " r.commissionCode = :commission and r.awardMessageId = :messageId", Long.class)
                .setParameter("commission", arbitrator.orgCode()).setParameter("messageId", award.getMessageId())
                .getSingleResult()
                .map(used -> {
                    if (used > 0) {
                        throw ProblemException.conflict("messageId " + award.getMessageId()
                                + " was used for the award of another referral");
                    }
                    return null;
                });
    }

    /** Payers and payees must be parties of the case, or insurers of its vehicles. */
    private static void checkParties(List<Obligation> payments, CaseFacts facts, List<Problem> problems) {
        Set<String> parties = Set.copyOf(facts.partyRefs());
        Set<String> insurers = facts.policies().stream().map(p -> p.insurerCode).collect(Collectors.toSet());
        for (int i = 0; i < payments.size(); i++) {
            String at = "/award/payments/payment[" + (i + 1) + "]";
            checkParty(payments.get(i).getPayer(), at + "/payer", parties, insurers, problems);
            checkParty(payments.get(i).getPayee(), at + "/payee", parties, insurers, problems);
        }
    }

    private static void checkParty(DisputeParty party, String at, Set<String> parties, Set<String> insurers,
            List<Problem> problems) {
        if (party.getKind() == DisputePartyKind.PARTY && !parties.contains(party.getPartyRef())) {
            problems.add(new Problem(at + "/partyRef", "UNKNOWN_PARTY", "the case has no party " + party.getPartyRef()));
        }
        if (party.getKind() == DisputePartyKind.INSURER && !insurers.contains(party.getInsurerCode())) {
            problems.add(new Problem(at + "/insurerCode", "UNKNOWN_INSURER", "no vehicle of the case is insured by "
                    + party.getInsurerCode()));
        }
    }

    private static Uni<List<ArbitrationAwardAmount>> amounts(Mutiny.Session session, ArbitrationReferralRow row) {
        return session.createSelectionQuery("from ArbitrationAwardAmount a where a.referralId = :id"
                + " order by a.position", ArbitrationAwardAmount.class).setParameter("id", row.id).getResultList();
    }
}
