package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A policy of the claim's insurer that the claim is made under, as the accident record named it. */
@Entity
@Table(name = "claim_covers")
public class Cover {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    public int position;

    @Column(name = "policy_kind")
    public String policyKind;

    @Column(name = "policy_number")
    public String policyNumber;

    @Column(name = "vehicle_ref")
    public String vehicleRef;

    public String plate;

    @Column(name = "cover_limit", precision = 16, scale = 2)
    public BigDecimal coverLimit;

    @Column(name = "added_at")
    public Instant addedAt;
}
