package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A document the current revision lists. Its bytes are in {@code attachment_contents} under
 * the same SHA-256 once received; until then the attachment is pending.
 */
@Entity
@Table(name = "case_attachments")
public class CaseAttachment extends CasePart {

    public String name;

    @Column(name = "media_type")
    public String mediaType;

    public String sha256;

    public long size;
}
