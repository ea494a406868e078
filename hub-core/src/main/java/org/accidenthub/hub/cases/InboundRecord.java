package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.privacy.SealedBytes;

/**
 * What a partner sent, exactly, and what the hub made of it: the raw bytes with their hash,
 * the connector that read them and the canonical record in Avro single-object encoding.
 * One per revision of a case; a database trigger refuses updates and deletes (except re-sealing the two
 * byte columns, which hold personal data and are stored encrypted: docs/SECURITY.md).
 */
@Entity
@Table(name = "inbound_records")
public class InboundRecord {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int revision;

    @Column(name = "connector_name")
    public String connectorName;

    @Column(name = "connector_version")
    public String connectorVersion;

    @Column(name = "raw_sha256")
    public String rawSha256;

    @Column(name = "raw_content")
    @Convert(converter = SealedBytes.class)
    public byte[] rawContent;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "canonical_record")
    @Convert(converter = SealedBytes.class)
    public byte[] canonicalRecord;

    @Column(name = "schema_fingerprint")
    public long schemaFingerprint;

    @Column(name = "sender_subject")
    public String senderSubject;

    @Column(name = "sender_client")
    public String senderClient;

    @Column(name = "sender_org_type")
    public String senderOrgType;

    @Column(name = "sender_org_code")
    public String senderOrgCode;

    @Column(name = "received_at")
    public Instant receivedAt;
}
