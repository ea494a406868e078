package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One accident shared by every authorised partner: the facts of its current revision plus its
 * place in the lifecycle. Parties, vehicles, policies and attachments are rows of their own
 * keyed by {@link #id}; earlier revisions live on as {@link InboundRecord}s.
 */
@Entity
@Table(name = "cases")
public class AccidentCase {

    /** Random UUID: case ids must not be guessable. */
    @Id
    public UUID id;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "report_number")
    public String reportNumber;

    @Column(name = "source_system")
    public String sourceSystem;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    public int revision;

    @Column(name = "content_sha256")
    public String contentSha256;

    public String procedure;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "division_code")
    public String divisionCode;

    public String address;

    public String road;

    public Double latitude;

    public Double longitude;

    public String weather;

    public String light;

    @Column(name = "road_surface")
    public String roadSurface;

    public String level;

    public String form;

    public String narrative;

    public String cause;

    @Column(name = "finding_kind")
    public String findingKind;

    @Column(name = "finding_document_number")
    public String findingDocumentNumber;

    @Column(name = "finding_issued_at")
    public Instant findingIssuedAt;

    @Column(name = "finding_served_at")
    public Instant findingServedAt;

    /** The last sequence number given to an event of this case (outbox: gap-free per case). */
    @Column(name = "event_sequence")
    public long eventSequence;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
