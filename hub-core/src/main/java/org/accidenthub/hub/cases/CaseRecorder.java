package org.accidenthub.hub.cases;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.accidenthub.hub.cases.RecordedRevision.Outcome;
import org.accidenthub.hub.claims.ClaimOpening;
import org.accidenthub.hub.events.CaseEventType;
import org.accidenthub.hub.events.CaseEvents;
import org.accidenthub.hub.events.OutboxEvent;
import org.accidenthub.hub.privacy.LookupHash;
import org.accidenthub.hub.problems.UniqueViolation;
import org.accidenthub.hub.lifecycle.CaseLifecycle;
import org.accidenthub.schemas.v1.AccidentRecord;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * Records an accepted file in one transaction: the case and its relational model, the
 * immutable inbound record, the verified attachment bytes, the outbox event and the claims
 * the revision opens. Either all of it is stored or none of it.
 *
 * <p>The unit code and report number identify the case (format spec: idempotency). The row
 * is locked while a revision is made, so concurrent resends are serialised; two first uploads
 * racing for the same key meet the unique constraint, and the loser simply runs again and
 * finds the winner's case.
 */
@ApplicationScoped
public class CaseRecorder {

    private final Mutiny.SessionFactory sessions;
    private final ClaimOpening claims;
    private final LookupHash lookups;

    CaseRecorder(Mutiny.SessionFactory sessions, ClaimOpening claims, LookupHash lookups) {
        this.sessions = sessions;
        this.claims = claims;
        this.lookups = lookups;
    }

    public Uni<RecordedRevision> record(AcceptedFile file) {
        return Uni.createFrom().deferred(() -> sessions.withTransaction(session -> recordIn(session, file)))
                .onFailure(UniqueViolation::test).retry().atMost(2);
    }

    private Uni<RecordedRevision> recordIn(Mutiny.Session session, AcceptedFile file) {
        return session.createSelectionQuery(
                        "from AccidentCase where unitCode = :unit and reportNumber = :report", AccidentCase.class)
                .setParameter("unit", file.owningUnit())
                .setParameter("report", file.record().getSource().getReportNumber())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResultOrNull()
                .chain(existing -> {
                    if (existing == null) {
                        return create(session, file);
                    }
                    if (existing.contentSha256.equals(file.contentSha256())) {
                        return AttachmentContents.store(session, file.attachments(), file.receivedAt())
                                .replaceWith(new RecordedRevision(existing.id, existing.revision, Outcome.UNCHANGED));
                    }
                    return revise(session, existing, file);
                });
    }

    private Uni<RecordedRevision> create(Mutiny.Session session, AcceptedFile file) {
        AccidentCase created = new AccidentCase();
        created.id = UUID.randomUUID();
        created.revision = 1;
        created.createdAt = file.receivedAt();
        CaseModel model = describe(created, file);
        List<Object> rows = revisionRows(created, model, file);
        // everything that changes the case row (its event sequence, the claims' state) happens before it is
        // persisted: one INSERT of the case, no UPDATE of the same row at commit, and no query in between
        rows.addAll(claims.openForNewCase(created, model, file.sender(), file.receivedAt()));
        return session.persist(created)
                .chain(() -> session.persistAll(byTable(rows)))
                .chain(() -> AttachmentContents.store(session, file.attachments(), file.receivedAt()))
                .chain(() -> recordIntake(session, created, null, file))
                .replaceWith(new RecordedRevision(created.id, created.revision, Outcome.CREATED));
    }

    private Uni<RecordedRevision> revise(Mutiny.Session session, AccidentCase existing, AcceptedFile file) {
        existing.revision++;
        CaseState before = existing.state;
        CaseModel model = describe(existing, file);
        return deleteModel(session, existing.id)
                .chain(() -> persistRevision(session, existing, before, model, file))
                .replaceWith(() -> new RecordedRevision(existing.id, existing.revision, Outcome.REVISED));
    }

    private static CaseModel describe(AccidentCase target, AcceptedFile file) {
        CaseModel model = CaseModel.apply(file.record(), target);
        target.unitCode = file.owningUnit(); // the owner, which is not always the record's source unit (STATS19)
        target.contentSha256 = file.contentSha256();
        target.updatedAt = file.receivedAt();
        return model;
    }

    /**
     * The rows of a revision besides the case: its relational model, inbound record and outbox event. The
     * parties' lookup hashes are set here: ID numbers and phones are sealed on the way to the database, and
     * these hashes find them again.
     */
    private List<Object> revisionRows(AccidentCase target, CaseModel model, AcceptedFile file) {
        for (CaseParty party : model.parties()) {
            party.idNumberLookup = lookups.idNumber(party.idNumber);
            party.phoneLookup = lookups.phone(party.phone);
        }
        List<Object> rows = new ArrayList<>();
        rows.addAll(model.vehicles());
        rows.addAll(model.policies());
        rows.addAll(model.parties());
        rows.addAll(model.attachments());
        rows.add(inboundRecord(target, file));
        rows.add(event(target, file));
        return rows;
    }

    /** @param before the case's state before this revision */
    private Uni<Void> persistRevision(Mutiny.Session session, AccidentCase target, CaseState before,
            CaseModel model, AcceptedFile file) {
        return session.persistAll(revisionRows(target, model, file).toArray())
                .chain(() -> AttachmentContents.store(session, file.attachments(), file.receivedAt()))
                // claims (docs/CLAIMS.md): a revision with a finding opens its claims in this same transaction
                .chain(() -> claims.openFor(session, target, model, file.sender(), file.receivedAt()))
                .chain(() -> recordIntake(session, target, before, file));
    }

    /** The lifecycle's record of the states the file moved the case through; before is null for a new case. */
    private static Uni<Void> recordIntake(Mutiny.Session session, AccidentCase target, CaseState before,
            AcceptedFile file) {
        return CaseLifecycle.recordIntake(session, target, before, file.sender(), file.receivedAt(),
                "police file, revision " + target.revision);
    }

    /**
     * The rows grouped by table, each table where its first row was, the order within a table kept (the claims
     * before their covers, the outbox events in their sequence). Hibernate sends consecutive inserts into one
     * table as one batch: the claims, covers and claim events alternate as they are opened, which cost a round
     * trip per row (docs/BENCHMARKS.md). Not hibernate.order_inserts: with it, under load, Hibernate Reactive
     * sometimes inserted a case twice in one transaction (duplicate primary key, answered 500).
     */
    private static Object[] byTable(List<Object> rows) {
        Map<Class<?>, List<Object>> tables = new LinkedHashMap<>();
        for (Object row : rows) {
            tables.computeIfAbsent(row.getClass(), table -> new ArrayList<>()).add(row);
        }
        return tables.values().stream().flatMap(List::stream).toArray();
    }

    /** The relational model describes the current revision only; history is in the inbound records. */
    private Uni<Void> deleteModel(Mutiny.Session session, UUID caseId) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (String entity : List.of("CasePolicy", "CaseVehicle", "CaseParty", "CaseAttachment")) {
            chain = chain.chain(() -> session.createMutationQuery("delete from " + entity + " where caseId = :id")
                    .setParameter("id", caseId)
                    .executeUpdate()
                    .replaceWithVoid());
        }
        return chain;
    }

    /** The change's outbox row, in this same transaction: no change without its event, no event without its change. */
    private static OutboxEvent event(AccidentCase target, AcceptedFile file) {
        target.eventSequence++;
        CaseEventType type = target.revision == 1 ? CaseEventType.ACCIDENT_RECEIVED : CaseEventType.ACCIDENT_REVISED;
        return CaseEvents.of(target.id, target.eventSequence, type, file.sender(), file.receivedAt(),
                AccidentRecord.getClassSchema(), file.canonical());
    }

    private static InboundRecord inboundRecord(AccidentCase target, AcceptedFile file) {
        InboundRecord inbound = new InboundRecord();
        inbound.id = UUID.randomUUID();
        inbound.caseId = target.id;
        inbound.revision = target.revision;
        inbound.connectorName = file.connector().name();
        inbound.connectorVersion = file.connector().version();
        inbound.rawSha256 = Sha256.hex(file.raw());
        inbound.rawContent = file.raw();
        inbound.contentSha256 = file.contentSha256();
        inbound.canonicalRecord = file.canonical();
        inbound.schemaFingerprint = file.schemaFingerprint();
        inbound.senderSubject = file.sender().subject();
        inbound.senderClient = file.sender().clientId();
        inbound.senderOrgType = file.sender().orgType().name();
        inbound.senderOrgCode = file.sender().orgCode();
        inbound.receivedAt = file.receivedAt();
        return inbound;
    }
}
