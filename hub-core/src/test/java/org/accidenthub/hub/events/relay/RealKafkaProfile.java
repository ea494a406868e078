package org.accidenthub.hub.events.relay;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The hub with its relay publishing to a real broker ({@link KafkaBroker}) instead of the in-memory one. */
public class RealKafkaProfile implements QuarkusTestProfile {

    static final int PARTITIONS = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "hub.events.publisher", "kafka",
                "hub.events.kafka.partitions", Integer.toString(PARTITIONS),
                // an outage is noticed within seconds, so the test does not wait for production timeouts
                "hub.events.kafka.send-timeout", "6s",
                "hub.events.relay.retry-backoff", "300ms");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(KafkaBroker.class));
    }
}
