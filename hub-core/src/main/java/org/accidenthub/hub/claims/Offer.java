package org.accidenthub.hub.claims;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An insurer's offer: the amount it agrees to pay. Numbered 1, 2, ... per claim; the latest is
 * the agreed amount. {@code calculationVersion} names the compensation calculation the amount
 * comes from (stored as given until the calculation store can be checked).
 */
@Entity
@Table(name = "claim_offers")
public class Offer {

    @Id
    public UUID id;

    @Column(name = "claim_id")
    public UUID claimId;

    public int number;

    @Column(name = "calculation_version")
    public int calculationVersion;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    public String note;

    @Column(name = "offered_at")
    public Instant offeredAt;

    @Column(name = "offered_by")
    public String offeredBy;
}
