package org.accidenthub.hub.webhooks;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * Runs blocking work (DNS lookups) on a worker thread and continues on the caller's Vert.x context, where
 * Hibernate Reactive sessions and the reactive SQL client expect their callers.
 */
final class OffTheEventLoop {

    private OffTheEventLoop() {
    }

    static <T> Uni<T> call(Supplier<T> work) {
        Context context = Vertx.currentContext();
        Uni<T> blocking = Uni.createFrom().item(work).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
        return context == null ? blocking : blocking.emitOn(task -> context.runOnContext(ignored -> task.run()));
    }
}
