package org.accidenthub.hub.events.relay;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The broker side of the relay. Implementations are looked up by {@code hub.events.publisher}
 * ({@code @LookupIfProperty}): {@link KafkaEventPublisher} in the service, an in-memory one in tests.
 */
public interface EventPublisher {

    /**
     * Publishes the records and waits until the broker acknowledged them or the send timeout passed.
     * Does not throw for an unreachable or failing broker: what was not acknowledged is simply not in
     * the answer, and the relay offers it again later.
     *
     * @return the ids of the events the broker acknowledged
     */
    Set<UUID> publish(List<EventRecord> records);

    /** Releases connections; called when the relay stops. */
    default void close() {
    }
}
