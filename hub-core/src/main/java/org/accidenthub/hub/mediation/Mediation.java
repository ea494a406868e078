package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A case assigned to a people's mediation organisation; its mediators see the case from then on. */
@Entity
@Table(name = "mediations")
public class Mediation {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    /** 1, 2, ... per case: after a failure or a rejected confirmation the case may be mediated again. */
    public int number;

    @Column(name = "organisation_code")
    public String organisationCode;

    @Enumerated(EnumType.STRING)
    public MediationChannel channel;

    @Column(name = "referred_by")
    public String referredBy;

    @Column(name = "referred_by_org_code")
    public String referredByOrgCode;

    @Column(name = "assigned_at")
    public Instant assignedAt;

    @Enumerated(EnumType.STRING)
    public MediationState state;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "ended_at")
    public Instant endedAt;
}
