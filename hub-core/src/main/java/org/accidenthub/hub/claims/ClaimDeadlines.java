package org.accidenthub.hub.claims;

import java.time.Instant;
import java.util.List;

/**
 * The deadlines of a claim as its columns define them (Insurance Law arts. 23 and 25; domain
 * reference §4). {@link #OPEN_BREACH} says the same in HQL for queries: keep the two in step.
 */
final class ClaimDeadlines {

    /**
     * HQL: claim {@code c} has a recorded breach whose deadline is still unmet — "overdue". A
     * breach stays recorded for ever; it is open until the deadline is met (late).
     */
    static final String OPEN_BREACH = "exists (select b.id from DeadlineBreach b where b.claimId = c.id and ("
            + "(b.kind = org.accidenthub.hub.claims.DeadlineKind.DECISION and c.decidedAt is null)"
            + " or (b.kind = org.accidenthub.hub.claims.DeadlineKind.PAYMENT and c.settledAt is null)"
            + " or (b.kind = org.accidenthub.hub.claims.DeadlineKind.FIXABLE_PART and c.firstPaidAt is null"
            + " and c.state <> org.accidenthub.hub.claims.ClaimState.LIABILITY_DENIED)))";

    /** HQL: claim {@code c} has a deadline that passed unmet at {@code :now} and is not recorded yet. */
    static final String UNRECORDED_BREACH = "("
            + "(c.decidedAt is null and c.decisionDueAt < :now and " + notRecorded("DECISION") + ")"
            + " or (c.paymentDueAt is not null and c.settledAt is null and c.paymentDueAt < :now and "
            + notRecorded("PAYMENT") + ")"
            + " or (c.firstPaidAt is null and c.state <> org.accidenthub.hub.claims.ClaimState.LIABILITY_DENIED"
            + " and c.fixablePartDueAt < :now and " + notRecorded("FIXABLE_PART") + "))";

    private ClaimDeadlines() {
    }

    /** One deadline of a claim: due when, met when (null: not yet), and whether it runs at all. */
    record Deadline(DeadlineKind kind, Instant dueAt, Instant metAt, boolean applies) {

        /** A breach: it runs, and passed unmet. */
        boolean breachedAt(Instant now) {
            return applies && metAt == null && dueAt.isBefore(now);
        }

        DeadlineStatus statusAt(Instant now) {
            if (!applies) {
                return DeadlineStatus.NOT_APPLICABLE;
            }
            if (metAt != null) {
                return metAt.isAfter(dueAt) ? DeadlineStatus.MET_LATE : DeadlineStatus.MET;
            }
            return dueAt.isBefore(now) ? DeadlineStatus.BREACHED : DeadlineStatus.PENDING;
        }
    }

    static List<Deadline> of(Claim claim) {
        return List.of(
                // art. 23: decide; met by the first liability answer
                new Deadline(DeadlineKind.DECISION, claim.decisionDueAt, claim.decidedAt, true),
                // art. 23: pay within 10 days of the agreed amount; runs from the first offer, met when settled
                new Deadline(DeadlineKind.PAYMENT, claim.paymentDueAt, claim.settledAt, claim.paymentDueAt != null),
                // art. 25: pay the fixable part; met by any payment; nothing to pay once liability is denied
                new Deadline(DeadlineKind.FIXABLE_PART, claim.fixablePartDueAt, claim.firstPaidAt,
                        claim.state != ClaimState.LIABILITY_DENIED || claim.firstPaidAt != null));
    }

    private static String notRecorded(String kind) {
        return "not exists (select b.id from DeadlineBreach b where b.claimId = c.id and b.kind = "
                + "org.accidenthub.hub.claims.DeadlineKind." + kind + ")";
    }
}
