package org.accidenthub.hub.webhooks;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The webhook rounds: dispatch new settled events into deliveries, then attempt what is due. Returns a
 * Uni, so the scheduler runs it on the event loop, where Hibernate Reactive and the web client work.
 * Dispatching goes on while batches come back full; delivering goes on while a batch attempted anything,
 * because each delivery of a case makes the case's next event due — so a case's backlog drains within
 * one round instead of one event per tick. Both up to a bound.
 */
@ApplicationScoped
class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);
    private static final int MAX_BATCHES_PER_ROUND = 20;

    private final WebhookDispatcher dispatcher;
    private final WebhookDeliverer deliverer;
    private final WebhooksConfig config;

    WebhookWorker(WebhookDispatcher dispatcher, WebhookDeliverer deliverer, WebhooksConfig config) {
        this.dispatcher = dispatcher;
        this.deliverer = deliverer;
        this.config = config;
    }

    @Scheduled(identity = "webhooks", every = "${hub.webhooks.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> round() {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return repeatWhile(dispatcher::dispatchBatch, config.dispatchBatchSize(), 1)
                .chain(() -> repeatWhile(deliverer::deliverBatch, 1, 1))
                .onFailure().invoke(failure -> LOG.warnf("webhook round failed (%s); the next one tries again",
                        failure.toString()))
                .onFailure().recoverWithNull();
    }

    /** Runs the batch again while it handled at least {@code enough} items, at most MAX_BATCHES_PER_ROUND times. */
    private static Uni<Void> repeatWhile(Supplier<Uni<Integer>> batch, int enough, int done) {
        return batch.get().chain(count -> count >= enough && done < MAX_BATCHES_PER_ROUND
                ? repeatWhile(batch, enough, done + 1)
                : Uni.createFrom().voidItem());
    }
}
