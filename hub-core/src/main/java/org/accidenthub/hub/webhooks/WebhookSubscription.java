package org.accidenthub.hub.webhooks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.security.Caller;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.hub.security.Roles;

/** A partner organisation's endpoint for case events of some types, of its own cases only. */
@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_type")
    public OrgType orgType;

    @Column(name = "org_code")
    public String orgCode;

    public String url;

    /** Event type names separated by single spaces. */
    @Column(name = "event_types")
    public String eventTypes;

    public String description;

    /** The HMAC-SHA256 key of the signatures. */
    public String secret;

    @Column(name = "start_tx_order")
    public long startTxOrder;

    @Column(name = "start_position")
    public long startPosition;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(" "));
    }

    public boolean wants(String eventType) {
        return eventTypeList().contains(eventType);
    }

    /** Events after this cursor are delivered as they happen; earlier ones only on replay. */
    public EventCursor start() {
        return new EventCursor(startTxOrder, startPosition);
    }

    /**
     * The organisation as a caller, for {@code CaseScope}: deliveries follow the same scope as the
     * organisation's own reads.
     */
    public Caller owner() {
        String role = orgType == OrgType.POLICE ? Roles.POLICE : Roles.INSURER;
        return new Caller(createdBy, null, Set.of(role), orgType, orgCode);
    }
}
