package org.accidenthub.hub.audit;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Removes audit entries older than {@link AuditConfig#retention()}, once a day. The database
 * function audit_prune (V40) does the work: it removes only the oldest part of the chain, keeps
 * at least 180 days, and records the anchor the verifier starts from.
 */
@ApplicationScoped
public class AuditRetention {

    private static final Logger LOG = Logger.getLogger(AuditRetention.class);

    private final Pool pool;
    private final AuditConfig config;
    private final Clock clock;

    AuditRetention(Pool pool, AuditConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "24h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> pruneDaily() {
        return prune().onFailure().invoke(failure -> LOG.errorf("audit retention failed: %s", failure))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Removes what is older than the retention; answers how many entries went. */
    public Uni<Long> prune() {
        OffsetDateTime limit = OffsetDateTime.ofInstant(clock.instant().minus(config.retention()), ZoneOffset.UTC);
        return pool.preparedQuery("select audit_prune($1) as removed").execute(Tuple.of(limit))
                .map(rows -> rows.iterator().next().getLong("removed"))
                .invoke(removed -> {
                    if (removed > 0) {
                        LOG.infof("audit retention removed %d entries older than %s", removed, limit);
                    }
                });
    }
}
