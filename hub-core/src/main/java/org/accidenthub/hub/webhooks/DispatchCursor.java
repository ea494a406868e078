package org.accidenthub.hub.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.accidenthub.hub.events.EventCursor;

/** How far settled events have been turned into deliveries (one row, id 1). */
@Entity
@Table(name = "webhook_dispatch_cursor")
public class DispatchCursor {

    static final int ID = 1;

    @Id
    public int id;

    @Column(name = "tx_order")
    public long txOrder;

    public long position;

    EventCursor cursor() {
        return new EventCursor(txOrder, position);
    }

    void moveTo(EventCursor cursor) {
        txOrder = cursor.txOrder();
        position = cursor.position();
    }
}
