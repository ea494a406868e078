package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What the insurer stated about one of the claim's covers; the latest per policy counts, all are kept. */
@Entity
@Table(name = "claim_policy_verifications")
public class CoverVerification {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(name = "policy_number")
    public String policyNumber;

    @Enumerated(EnumType.STRING)
    public VerificationResult result;

    public String note;

    @Column(name = "verified_at")
    public Instant verifiedAt;

    @Column(name = "verified_by")
    public String verifiedBy;
}
