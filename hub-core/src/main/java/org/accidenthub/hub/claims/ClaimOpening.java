package org.accidenthub.hub.claims;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.accidenthub.hub.cases.AccidentCase;
import org.accidenthub.hub.cases.CaseModel;
import org.accidenthub.hub.cases.CaseState;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Opens the claims a revision gives rise to, in the transaction that records the revision
 * (called by {@code CaseRecorder} with the case's row locked). Idempotent across revisions:
 * a claim is identified by (case, victim ref, insurer code); an existing one is kept as it is,
 * and covers a later revision names for it are added. Covers a later revision no longer names
 * are not withdrawn (yet): the insurer answers them with a policy verification.
 *
 * <p>Claims open once liability is determined (domain reference §3): with a liability finding
 * (认定书), and also with an accident certificate (事故证明) — compulsory insurance pays
 * regardless of fault (Civil Code art. 1213), so its claims do not wait for shares; commercial
 * covers then follow only from shares above 0, which a certificate usually lacks.
 */
@ApplicationScoped
public class ClaimOpening {

    private static final Set<String> LIABILITY_DETERMINED = Set.of("LIABILITY_FINDING", "ACCIDENT_CERTIFICATE");

    private final ClaimLifecycle lifecycle;

    ClaimOpening(ClaimLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Uni<Void> openFor(Mutiny.Session session, AccidentCase kase, CaseModel model, Caller actor,
            Instant receivedAt) {
        Instant at = receivedAt.truncatedTo(ChronoUnit.MILLIS);
        List<Entitlement> entitlements = entitlements(kase, model);
        return existing(session, kase.id).chain(claims -> coversOf(session, claims).chain(covers -> {
            List<Object> rows = new ArrayList<>();
            Map<String, Claim> byKey = claims.stream()
                    .collect(Collectors.toMap(c -> key(c.victimRef, c.insurerCode), Function.identity()));
            for (Entitlement entitlement : entitlements) {
                Claim claim = byKey.get(key(entitlement.victim().ref, entitlement.insurerCode()));
                if (claim == null) {
                    open(kase, entitlement, actor, at, rows);
                } else {
                    addCovers(kase, claim, covers.getOrDefault(claim.id, List.of()), entitlement, actor, at, rows);
                }
            }
            if ((!claims.isEmpty() || !rows.isEmpty()) && kase.state.intakePhase()) {
                kase.state = CaseState.CLAIMS_OPEN; // claims were notified to insurers (domain reference §3)
            }
            return rows.isEmpty() ? Uni.createFrom().voidItem() : session.persistAll(rows.toArray());
        }));
    }

    /**
     * The claims of a case created in this transaction, as rows to persist after the case. No claim can exist
     * yet, so nothing is queried; and because the caller persists the case only after this, its row is
     * inserted with its final state and event sequence instead of being inserted and then updated at commit.
     */
    public List<Object> openForNewCase(AccidentCase kase, CaseModel model, Caller actor, Instant receivedAt) {
        Instant at = receivedAt.truncatedTo(ChronoUnit.MILLIS);
        List<Object> rows = new ArrayList<>();
        for (Entitlement entitlement : entitlements(kase, model)) {
            open(kase, entitlement, actor, at, rows);
        }
        if (!rows.isEmpty()) {
            kase.state = CaseState.CLAIMS_OPEN; // claims were notified to insurers (domain reference §3)
        }
        return rows;
    }

    private static List<Entitlement> entitlements(AccidentCase kase, CaseModel model) {
        boolean determined = kase.findingKind != null && LIABILITY_DETERMINED.contains(kase.findingKind);
        return determined ? Entitlements.of(model) : List.of();
    }

    private void open(AccidentCase kase, Entitlement entitlement, Caller actor, Instant at, List<Object> rows) {
        Claim claim = lifecycle.open(entitlement, kase.id, at);
        List<Cover> covers = new ArrayList<>();
        for (Entitlement.CoveredBy coveredBy : entitlement.covers()) {
            covers.add(cover(claim, coveredBy, covers.size(), at));
        }
        rows.add(claim);
        rows.addAll(covers);
        rows.add(ClaimEvents.of(kase, CaseEventType.CLAIM_OPENED, actor, at,
                ClaimMessages.notification(kase, claim, covers)));
    }

    private static void addCovers(AccidentCase kase, Claim claim, List<Cover> held, Entitlement entitlement,
            Caller actor, Instant at, List<Object> rows) {
        Set<String> heldPolicies = held.stream().map(c -> c.policyNumber).collect(Collectors.toSet());
        List<Cover> all = new ArrayList<>(held);
        for (Entitlement.CoveredBy coveredBy : entitlement.covers()) {
            if (!heldPolicies.contains(coveredBy.policy().policyNumber)) {
                Cover added = cover(claim, coveredBy, all.size(), at);
                all.add(added);
                rows.add(added);
            }
        }
        if (all.size() > held.size()) {
            claim.updatedAt = at;
            rows.add(ClaimEvents.of(kase, CaseEventType.CLAIM_COVERS_ADDED, actor, at,
                    ClaimMessages.notification(kase, claim, all)));
        }
    }

    private static Cover cover(Claim claim, Entitlement.CoveredBy coveredBy, int position, Instant at) {
        Cover cover = new Cover();
        cover.id = UUID.randomUUID();
        cover.claimId = claim.id;
        cover.position = position;
        cover.policyKind = coveredBy.policy().kind;
        cover.policyNumber = coveredBy.policy().policyNumber;
        cover.vehicleRef = coveredBy.vehicle().ref;
        cover.plate = coveredBy.vehicle().plate;
        cover.coverLimit = coveredBy.policy().coverLimit;
        cover.addedAt = at;
        return cover;
    }

    private static Uni<List<Claim>> existing(Mutiny.Session session, UUID caseId) {
        return session.createSelectionQuery("from Claim c where c.caseId = :caseId order by c.openedAt, c.id",
                Claim.class).setParameter("caseId", caseId).getResultList();
    }

    private static Uni<Map<UUID, List<Cover>>> coversOf(Mutiny.Session session, List<Claim> claims) {
        if (claims.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return session.createSelectionQuery("from Cover v where v.claimId in :ids order by v.position", Cover.class)
                .setParameter("ids", claims.stream().map(c -> c.id).toList())
                .getResultList()
                .map(covers -> covers.stream().collect(Collectors.groupingBy(v -> v.claimId)));
    }

    /** What identifies a claim within its case (with the case: the unique key of the claims table). */
    private static String key(String victimRef, String insurerCode) {
        return victimRef + "/" + insurerCode;
    }
}
