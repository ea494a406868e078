package org.accidenthub.hub.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.claims.ClaimDeadlines.Deadline;
import org.accidenthub.hub.claims.ClaimView.CaseFacts;
import org.accidenthub.hub.claims.ClaimView.CoverView;
import org.accidenthub.hub.claims.ClaimView.DeadlineView;
import org.accidenthub.hub.claims.ClaimView.LiabilityView;
import org.accidenthub.hub.claims.ClaimView.OfferView;
import org.accidenthub.hub.claims.ClaimView.PartyFact;
import org.accidenthub.hub.claims.ClaimView.PaymentView;
import org.accidenthub.hub.claims.ClaimView.VehicleFact;
import org.accidenthub.hub.claims.ClaimView.VerificationView;
import org.accidenthub.hub.claims.ClaimView.VictimView;

/** Claims as the API shows them. */
final class ClaimViews {

    private ClaimViews() {
    }

    static ClaimView of(ClaimRecords records, Instant now) {
        Claim c = records.claim();
        Map<String, VerificationView> latest = records.verifications().stream().collect(Collectors.toMap(
                v -> v.policyNumber, ClaimViews::verification, (earlier, later) -> later));
        List<Offer> offers = records.offers();
        return new ClaimView(c.id, c.caseId, c.insurerCode, c.state, c.openedAt, c.updatedAt, victim(c),
                records.covers().stream().map(v -> new CoverView(v.policyKind, v.policyNumber, v.vehicleRef, v.plate,
                        Money.format(v.coverLimit), latest.get(v.policyNumber))).toList(),
                liability(c), offers.stream().map(ClaimViews::offer).toList(),
                records.payments().stream().map(ClaimViews::payment).toList(),
                offers.isEmpty() ? null : Money.format(offers.get(offers.size() - 1).amount), Money.format(c.paidTotal),
                overdue(c, records.breaches()), deadlines(c, records.breaches(), now), facts(records));
    }

    /** A recorded breach whose deadline is still unmet (as {@link ClaimDeadlines#OPEN_BREACH}). */
    static boolean overdue(Claim claim, List<DeadlineBreach> breaches) {
        return ClaimDeadlines.of(claim).stream().anyMatch(d -> d.applies() && d.metAt() == null
                && breaches.stream().anyMatch(b -> b.kind == d.kind()));
    }

    static LiabilityView liability(Claim c) {
        return c.liabilityAnswer == null ? null
                : new LiabilityView(c.liabilityAnswer, c.liabilityReason, c.negligencePercent, c.liabilityAnsweredAt);
    }

    static OfferView offer(Offer o) {
        return new OfferView(o.number, o.calculationVersion, Money.format(o.amount), o.note, o.offeredAt);
    }

    static PaymentView payment(Payment p) {
        return new PaymentView(p.reference, Money.format(p.amount), p.paidOn, p.recordedAt,
                Money.format(p.paidTotalAfter), p.stateAfter);
    }

    static VerificationView verification(CoverVerification v) {
        return new VerificationView(v.policyNumber, v.result, v.note, v.verifiedAt);
    }

    static List<String> losses(Claim c) {
        List<String> losses = new ArrayList<>();
        if (c.personalInjury) {
            losses.add("PERSONAL_INJURY");
        }
        if (c.damagedVehicleRef != null) {
            losses.add("PROPERTY");
        }
        return losses;
    }

    private static VictimView victim(Claim c) {
        return new VictimView(c.victimRef, c.victimName, c.victimRole, c.victimInjury, losses(c), c.damagedVehicleRef);
    }

    private static List<DeadlineView> deadlines(Claim claim, List<DeadlineBreach> breaches, Instant now) {
        Map<DeadlineKind, DeadlineBreach> recorded = breaches.stream()
                .collect(Collectors.toMap(b -> b.kind, Function.identity()));
        List<DeadlineView> views = new ArrayList<>();
        for (Deadline d : ClaimDeadlines.of(claim)) {
            DeadlineStatus status = d.statusAt(now);
            DeadlineBreach breach = recorded.get(d.kind());
            views.add(new DeadlineView(d.kind(), d.dueAt(), d.metAt(), status,
                    status == DeadlineStatus.BREACHED || status == DeadlineStatus.MET_LATE || breach != null,
                    breach == null ? null : breach.detectedAt));
        }
        return views;
    }

    private static CaseFacts facts(ClaimRecords records) {
        AccidentCase k = records.kase();
        return new CaseFacts(k.unitCode, k.reportNumber, k.occurredAt, k.findingKind, k.findingDocumentNumber,
                records.parties().stream().map(p -> new PartyFact(p.ref, p.role, p.name, p.vehicleRef,
                        p.responsibility, p.responsibilityShare, p.injury)).toList(),
                records.vehicles().stream().map(v -> new VehicleFact(v.ref, v.plate, v.category, v.motorVehicle,
                        v.damage)).toList());
    }
}
