package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.accidenthub.hub.privacy.SealedBytes;

/**
 * The verified bytes of an attachment, addressed by their SHA-256 (of the plaintext). Stored sealed: a
 * liability finding or a scanned ID card names the parties with their ID numbers.
 */
@Entity
@Table(name = "attachment_contents")
public class AttachmentContent {

    @Id
    public String sha256;

    @Column(name = "media_type")
    public String mediaType;

    @Convert(converter = SealedBytes.class)
    public byte[] content;

    @Column(name = "received_at")
    public Instant receivedAt;
}
