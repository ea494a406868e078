package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A document a mediation platform delivered for a mediation, before the message naming it by hash: a signed
 * page, a session's minutes, the agreement as signed. Its bytes are an {@code AttachmentContent} (sealed,
 * stored once per hash); this row is the mediation's receipt of them.
 */
@Entity
@Table(name = "mediation_documents")
public class MediationDocument {

    @Id
    public UUID id;

    @Column(name = "mediation_id")
    public UUID mediationId;

    @Column(name = "case_id")
    public UUID caseId;

    public String sha256;

    @Column(name = "media_type")
    public String mediaType;

    public long size;

    @Column(name = "received_by")
    public String receivedBy;

    @Column(name = "received_at")
    public Instant receivedAt;
}
