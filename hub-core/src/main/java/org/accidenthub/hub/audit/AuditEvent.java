package org.accidenthub.hub.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A row of the audit trail as read back. Written only by {@link AuditChain}; the database
 * refuses updates and deletes (V40).
 */
@Entity
@Immutable
@Table(name = "audit_events")
public class AuditEvent {

    @Id
    public long id;

    @Column(name = "at")
    public Instant answeredAt;

    public String subject;

    @Column(name = "org_type")
    public String orgType;

    @Column(name = "org_code")
    public String orgCode;

    public String client;

    @Column(name = "remote_address")
    public String remoteAddress;

    public String method;

    public String path;

    @Column(name = "case_id")
    public UUID caseId;

    public String action;

    public int outcome;

    public String fields;

    @Column(name = "prev_hash")
    public byte[] prevHash;

    public byte[] hash;
}
