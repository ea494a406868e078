package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The verified bytes of an attachment, addressed by their SHA-256. */
@Entity
@Table(name = "attachment_contents")
public class AttachmentContent {

    @Id
    public String sha256;

    @Column(name = "media_type")
    public String mediaType;

    public byte[] content;

    @Column(name = "received_at")
    public Instant receivedAt;
}
