package org.accidenthub.hub.confirmation;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.claims.CaseSettlement;
import org.accidenthub.hub.time.HubTime;
import org.accidenthub.hub.claims.RulingPaymentDue;
import org.accidenthub.hub.claims.RulingPaymentDue.ClaimKey;
import org.accidenthub.hub.compensation.BodyChecks;
import org.accidenthub.hub.compensation.CaseFacts;
import org.accidenthub.hub.compensation.CompensationEvents;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.hub.lifecycle.StepEvents;
import org.accidenthub.hub.mediation.Agreement;
import org.accidenthub.hub.mediation.AgreementTerm;
import org.accidenthub.hub.mediation.MediationQueries;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.Person;
import org.accidenthub.schemas.v1.ConfirmationRuling;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.RulingOutcome;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The assigned judge rules (Civil Procedure Law art. 206): CONFIRMED makes the agreement enforceable —
 * the insurers' terms become payment-due on their claims and the case PAYING; REJECTED (with reasons)
 * sends the parties back to mediation or to a lawsuit. The ruling takes the court's next special-procedure
 * case number in its own transaction ({@link CourtCaseNumbers}). A ruling after its due date is still
 * recorded: it is the court's to give, and the timeline shows it as late.
 */
@ApplicationScoped
class RulingRecording {

    private final Mutiny.SessionFactory sessions;
    private final Courts courts;
    private final ConfirmationConfig config;
    private final RulingPaymentDue paymentDue;
    private final HubTime clock;

    RulingRecording(Mutiny.SessionFactory sessions, Courts courts, ConfirmationConfig config,
            RulingPaymentDue paymentDue, HubTime clock) {
        this.sessions = sessions;
        this.courts = courts;
        this.config = config;
        this.paymentDue = paymentDue;
        this.clock = clock;
    }

    Uni<ConfirmationView> rule(UUID applicationId, ConfirmationBodies.RulingRequest request, Caller judge,
            Person person) {
        BodyChecks checks = new BodyChecks();
        RulingOutcome outcome = checks.oneOf("/outcome", request.outcome(), RulingOutcome.class, null);
        if (request.outcome() == null || outcome == RulingOutcome.UNKNOWN) {
            checks.add("/outcome", "NOT_ALLOWED_VALUE", "CONFIRMED or REJECTED");
        }
        List<String> reasons = new ArrayList<>();
        List<String> given = request.reasons() == null ? List.of() : request.reasons();
        for (int i = 0; i < given.size(); i++) {
            String reason = checks.requiredText("/reasons/" + i, given.get(i), 2000);
            if (reason != null) {
                reasons.add(reason.replace('\n', ' '));
            }
        }
        if (outcome == RulingOutcome.REJECTED && given.isEmpty()) {
            checks.add("/reasons", "REQUIRED", "a rejection states at least one reason (CPL art. 206)");
        }
        checks.throwIfAny();
        Instant now = clock.now();
        int year = LocalDate.ofInstant(now, CaseFacts.ACCIDENT_ZONE).getYear();
        return sessions.withTransaction(session -> LockedApplication.lock(session, applicationId, judge, person.username())
                .chain(locked -> {
                    ConfirmationApplicationRow row = locked.application();
                    if (row.state != ApplicationState.ACCEPTED) {
                        throw ConfirmationRules.wrongState(row, "ruling");
                    }
                    Courts.Court court = courts.court(row.courtCode).orElseThrow();
                    return CourtCaseNumbers.next(session, row.courtCode, year, CourtCaseNumbers.SPECIAL)
                            .chain(number -> session.find(Agreement.class, row.agreementId).chain(agreement -> {
                                boolean confirmed = outcome == RulingOutcome.CONFIRMED;
                                row.caseNumber = CourtCaseNumbers.format(court.specialProcedureNumber(), year, number);
                                row.state = confirmed ? ApplicationState.CONFIRMED : ApplicationState.REJECTED;
                                row.ruledAt = now;
                                row.judgeName = person.name();
                                row.rulingReasons = reasons.isEmpty() ? null : String.join("\n", reasons);
                                ConfirmationRuling record = ConfirmationRecords.ruling(row, agreement, court.name(),
                                        row.acceptedAt.plus(config.ruling()));
                                row.canonicalRuling = CompensationEvents.encode(record);
                                AccidentCase kase = locked.kase();
                                return CaseLifecycle.move(session, kase, confirmed ? CaseState.CONFIRMED
                                                : CaseState.CONFIRMATION_REJECTED, judge, now,
                                                "ruling " + row.caseNumber + ": " + outcome)
                                        .chain(() -> session.persist(StepEvents.of(kase,
                                                CaseEventType.CONFIRMATION_RULED, judge, now, record)))
                                        .chain(() -> confirmed ? enforce(session, kase, agreement, row, judge, now)
                                                : Uni.createFrom().voidItem())
                                        .replaceWith(() -> ConfirmationView.of(row, courts, now));
                            }));
                }));
    }

    /** The confirmed agreement binds: insurers' terms become payment-due, the case PAYING (and settled if all paid). */
    private Uni<Void> enforce(Mutiny.Session session, AccidentCase kase, Agreement agreement,
            ConfirmationApplicationRow row, Caller judge, Instant now) {
        return MediationQueries.termsOf(session, agreement.id).chain(terms -> {
            Map<ClaimKey, BigDecimal> owed = new LinkedHashMap<>();
            for (AgreementTerm term : terms) {
                if (term.payerKind == DisputePartyKind.INSURER) {
                    owed.merge(new ClaimKey(term.payeeRef, term.payerCode), term.amount, BigDecimal::add);
                }
            }
            return paymentDue.fix(session, kase, owed, agreement.calculationVersion, row.caseNumber, judge, now);
        }).chain(() -> CaseLifecycle.move(session, kase, CaseState.PAYING, judge, now,
                        "ruling " + row.caseNumber + " is enforceable: the agreed amounts are due"))
                .chain(() -> CaseSettlement.check(session, kase, judge, now));
    }
}
