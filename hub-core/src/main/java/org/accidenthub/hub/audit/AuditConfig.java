package org.accidenthub.hub.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** The audit trail's settings (docs/SECURITY.md "Audit trail"). */
@ConfigMapping(prefix = "hub.audit")
public interface AuditConfig {

    /**
     * How often queued entries are written. A crash (kill -9, power loss) loses at most the entries
     * of this interval plus a batch in flight; an orderly shutdown writes them all.
     */
    @WithDefault("50ms")
    Duration flushInterval();

    /** Entries written per transaction. */
    @WithDefault("500")
    int batchSize();

    /**
     * Entries that may wait in memory. When full (database away for long), further entries are
     * counted and the count is written as a LOST entry once the database is back.
     */
    @WithDefault("20000")
    int queueCapacity();

    /**
     * How long entries are kept; older ones are removed by the daily retention run. At least 180
     * days (Cybersecurity Law art. 21); the database refuses less.
     */
    @WithDefault("P365D")
    Duration retention();

    /**
     * Path prefixes whose GET requests are not recorded: reference data that holds no case data
     * and that every role reads often. Writes to them are recorded.
     */
    @WithDefault("/api/v1/regional-standards,/api/v1/compulsory-insurance-limits")
    List<String> unrecordedReads();
}
