package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment the insurer confirmed. Its reference is unique per claim; the total and state after
 * it are kept so that a retry with the same reference answers exactly as the first call did.
 */
@Entity
@Table(name = "claim_payments")
public class Payment {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    public String reference;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "paid_total_after", precision = 16, scale = 2)
    public BigDecimal paidTotalAfter;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_after")
    public ClaimState stateAfter;
}
