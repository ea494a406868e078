package org.accidenthub.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.privacy.SealedBytes;

/**
 * A row of the transactional outbox (Debezium column names). Written in the transaction of
 * the change it reports; relays publish it afterwards, so a crash between the change and the
 * publication loses nothing. {@code position} and {@code tx_id} are filled by the database.
 */
@Entity
@Table(name = "outbox_events")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(name = "aggregatetype")
    public String aggregateType;

    @Column(name = "aggregateid")
    public String aggregateId;

    public String type;

    public Instant timestamp;

    /** The {@code CaseEvent} envelope in single-object encoding; stored sealed, as it carries personal data. */
    @Convert(converter = SealedBytes.class)
    public byte[] payload;

    public long sequence;
}
