package org.accidenthub.hub.events.relay;

import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The broker of the unit tests ({@code hub.events.publisher=in-memory}): keeps what the relay publishes,
 * in the order it arrives, and can play a broker that is down or one that writes without acknowledging.
 */
@ApplicationScoped
@LookupIfProperty(name = "hub.events.publisher", stringValue = "in-memory")
public class InMemoryEventPublisher implements EventPublisher {

    private final List<EventRecord> stream = new CopyOnWriteArrayList<>();
    private final Set<UUID> seenOnce = new HashSet<>();
    private volatile boolean down;
    private volatile boolean firstSendsUnacknowledged;

    @Override
    public synchronized Set<UUID> publish(List<EventRecord> records) {
        Set<UUID> acknowledged = new HashSet<>();
        if (down) {
            return acknowledged;
        }
        for (EventRecord record : records) {
            stream.add(record);
            // a broker that wrote the record but whose answer was lost: the relay must send it again
            if (!firstSendsUnacknowledged || !seenOnce.add(record.eventId())) {
                acknowledged.add(record.eventId());
            }
        }
        return acknowledged;
    }

    /** Every record received, duplicates included, in arrival order. */
    public List<EventRecord> stream() {
        return List.copyOf(stream);
    }

    public List<EventRecord> streamOf(String caseId) {
        return stream.stream().filter(record -> record.key().equals(caseId)).toList();
    }

    public void down(boolean down) {
        this.down = down;
    }

    public void firstSendsUnacknowledged(boolean lossy) {
        this.firstSendsUnacknowledged = lossy;
    }
}
