package org.accidenthub.hub.events.relay;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.accidenthub.hub.events.EventsConfig;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.jboss.logging.Logger;

/**
 * Creates the relay's topics with the configured partitions before their first event, because the
 * broker's own auto-creation would take its default partition count. An existing topic is left as it
 * is. Used from the relay's thread only.
 */
final class KafkaTopics implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaTopics.class);

    private final EventsConfig.Kafka config;
    private final Set<String> known = new HashSet<>();
    private Admin admin;

    KafkaTopics(EventsConfig.Kafka config) {
        this.config = config;
    }

    /** @throws TopicsUnavailableException when the cluster cannot be reached or refuses */
    void ensure(Collection<String> topics) {
        List<NewTopic> missing = topics.stream().distinct().filter(topic -> !known.contains(topic))
                .map(topic -> new NewTopic(topic, config.partitions(), config.replicationFactor())).toList();
        if (missing.isEmpty()) {
            return;
        }
        CreateTopicsResult result = admin().createTopics(missing);
        for (Map.Entry<String, org.apache.kafka.common.KafkaFuture<Void>> created : result.values().entrySet()) {
            try {
                created.getValue().get(KafkaClients.adminTimeout().toMillis(), TimeUnit.MILLISECONDS);
                LOG.infof("created topic %s with %d partition(s)", created.getKey(), config.partitions());
            } catch (ExecutionException failed) {
                if (!(failed.getCause() instanceof TopicExistsException)) {
                    throw new TopicsUnavailableException(created.getKey(), failed.getCause());
                }
            } catch (java.util.concurrent.TimeoutException slow) {
                throw new TopicsUnavailableException(created.getKey(), slow);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new TopicsUnavailableException(created.getKey(), interrupted);
            }
            known.add(created.getKey());
        }
    }

    private Admin admin() {
        if (admin == null) {
            admin = Admin.create(KafkaClients.admin(config));
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(KafkaClients.adminTimeout());
            admin = null;
        }
    }

    /** The topic could not be created or confirmed; the relay retries the round later. */
    static final class TopicsUnavailableException extends RuntimeException {
        TopicsUnavailableException(String topic, Throwable cause) {
            super("topic " + topic + " could not be confirmed: " + cause, cause, false, false);
        }
    }
}
