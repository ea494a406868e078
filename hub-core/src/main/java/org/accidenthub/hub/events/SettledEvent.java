package org.accidenthub.hub.events;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.privacy.SealedBytes;
import org.hibernate.annotations.Immutable;

/**
 * A case event whose place in the event order is final (view {@code settled_case_events}, V10):
 * every transaction older than its own has finished, so no event can still appear before it. The
 * pull feed and the webhook dispatcher read events through this view, in {@link EventCursor} order,
 * and never skip one that commits late.
 */
@Entity
@Immutable
@Table(name = "settled_case_events")
public class SettledEvent {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public String type;

    public Instant timestamp;

    /** The {@code CaseEvent} envelope in single-object encoding; stored sealed, as it carries personal data. */
    @Convert(converter = SealedBytes.class)
    public byte[] payload;

    public long sequence;

    /** The writing transaction's id: the first key of the event order. */
    @Column(name = "tx_order")
    public long txOrder;

    public long position;

    public EventCursor cursor() {
        return new EventCursor(txOrder, position);
    }
}
