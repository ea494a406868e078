package org.accidenthub.hub.claims;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The periodic look for breached deadlines, so that a breach is recorded (and its event sent)
 * even when nobody lists claims. Interval: {@code hub.claims.breach-scan.every} (default 15
 * minutes; {@code off} disables it). Several replicas may scan at once: each claim is recorded
 * under its case's row lock, so a breach is still recorded once.
 */
@ApplicationScoped
public class BreachScan {

    private static final Logger LOG = Logger.getLogger(BreachScan.class);

    private final BreachDetection detection;

    BreachScan(BreachDetection detection) {
        this.detection = detection;
    }

    /** Returns a Uni, so the scheduler runs it on the event loop, where Hibernate Reactive works. */
    @Scheduled(identity = "claims-breach-scan", every = "${hub.claims.breach-scan.every:15m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public Uni<Void> scan() {
        return detection.detect(ClaimScope.hub(), null)
                .invoke(recorded -> {
                    if (recorded > 0) {
                        LOG.infof("recorded deadline breaches of %d claim(s)", recorded);
                    }
                })
                .replaceWithVoid();
    }
}
