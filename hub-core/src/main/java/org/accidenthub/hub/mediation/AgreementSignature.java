package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.schemas.v1.SignatureWay;

/** A party's signature of an agreement: their own (ELECTRONIC) or on paper before the mediator (IN_PERSON). */
@Entity
@Table(name = "agreement_signatures")
public class AgreementSignature {

    @Id
    public UUID id;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "party_ref")
    public String partyRef;

    @Enumerated(EnumType.STRING)
    public SignatureWay way;

    /** ELECTRONIC: the party's account; IN_PERSON: the mediator who recorded it. */
    @Column(name = "signed_by")
    public String signedBy;

    @Column(name = "signed_at")
    public Instant signedAt;

    /** IN_PERSON: the signed page (or its photo), kept in attachment_contents by hash. */
    @Column(name = "evidence_sha256")
    public String evidenceSha256;

    @Column(name = "evidence_name")
    public String evidenceName;

    @Column(name = "evidence_media_type")
    public String evidenceMediaType;

    @Column(name = "evidence_size")
    public Long evidenceSize;
}
