package org.accidenthub.hub.audit;

import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Appends entries to {@code audit_events}, each linked to the one before. One transaction per
 * batch: take the chain lock (every writer, in every hub replica, takes the same advisory lock,
 * so the chain is linear), read the head, hand out ids, insert. Plain SQL on the reactive pool
 * rather than Hibernate: a batch is one pipelined round trip and the ids must be known before
 * hashing.
 */
@ApplicationScoped
public class AuditChain {

    static final String LOCK = "select pg_advisory_xact_lock(hashtext('accident-hub audit chain'))";
    /** The newest row's hash; when retention removed every row, the hash it left as the anchor. */
    private static final String HEAD_AND_IDS = "select coalesce("
            + "(select hash from audit_events order by id desc limit 1),"
            + " (select up_to_hash from audit_prunes order by id desc limit 1)) as head,"
            + " array(select nextval('audit_events_id_seq') from generate_series(1, $1)) as ids";
    private static final String INSERT = "insert into audit_events (id, at, subject, org_type, org_code, client,"
            + " remote_address, method, path, case_id, action, outcome, fields, prev_hash, hash)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)";

    private final Pool pool;

    AuditChain(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(connection -> connection.query(LOCK).execute()
                .chain(() -> connection.preparedQuery(HEAD_AND_IDS).execute(Tuple.of(entries.size())))
                .chain(rows -> insert(connection, rows.iterator().next(), entries)));
    }

    private static Uni<Void> insert(SqlConnection connection, Row head, List<AuditEntry> entries) {
        // bytea travels as a Vert.x core Buffer both ways; the Mutiny wrapper is refused in a tuple
        Buffer headHash = head.getDelegate().getBuffer("head");
        byte[] prev = headHash == null ? AuditDigest.GENESIS : headHash.getBytes();
        Long[] ids = head.getArrayOfLongs("ids");
        Arrays.sort(ids);
        List<Tuple> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry entry = entries.get(i);
            byte[] hash = AuditDigest.hash(prev, ids[i], entry);
            rows.add(Tuple.from(new Object[] { ids[i], OffsetDateTime.ofInstant(entry.at(), ZoneOffset.UTC),
                    entry.subject(), entry.orgType(), entry.orgCode(), entry.client(), entry.remoteAddress(),
                    entry.method(), entry.path(), entry.caseId(), entry.action().name(), entry.outcome(),
                    entry.fields(), Buffer.buffer(prev), Buffer.buffer(hash) }));
            prev = hash;
        }
        return connection.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }
}
