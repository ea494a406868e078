package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mediation agreement (人民调解协议) the mediator drafted from one compensation calculation
 * version. It takes effect when every party of the case has signed (People's Mediation Law
 * art. 29); a redraft before that supersedes it.
 */
@Entity
@Table(name = "agreements")
public class Agreement {

    @Id
    public UUID id;

    @Column(name = "mediation_id")
    public UUID mediationId;

    @Column(name = "case_id")
    public UUID caseId;

    /** 1, 2, ... per mediation (the record's version). */
    public int number;

    @Column(name = "calculation_version")
    public int calculationVersion;

    @Enumerated(EnumType.STRING)
    public AgreementState state;

    @Column(name = "drafted_by")
    public String draftedBy;

    @Column(name = "drafted_at")
    public Instant draftedAt;

    @Column(name = "effective_at")
    public Instant effectiveAt;

    /** The MediationAgreement record as it took effect (single-object encoding). */
    @Column(name = "canonical_record")
    public byte[] canonicalRecord;

    /** A pushed agreement: the platform's agreementId (null when drafted through the API). */
    @Column(name = "platform_agreement_id")
    public String platformAgreementId;

    /** A pushed agreement: the platform's version of it. */
    @Column(name = "platform_version")
    public Integer platformVersion;
}
