package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A deadline that passed unmet, as detected (domain reference §4: the hub records breaches).
 * One per claim and kind, never deleted; whether it is still open follows from the claim.
 */
@Entity
@Table(name = "claim_deadline_breaches")
public class DeadlineBreach {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    @Enumerated(EnumType.STRING)
    public DeadlineKind kind;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "detected_at")
    public Instant detectedAt;
}
