package org.accidenthub.hub.compensation.standards;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One figure of a regional standard: what a province published for a statistical year for one
 * item. A replaced figure is retired, not deleted, so that every figure ever used stays traceable.
 */
@Entity
@Table(name = "regional_standards")
public class RegionalStandardRow {

    @Id
    public UUID id;

    public String province;

    @Column(name = "statistical_year")
    public int statisticalYear;

    public String item;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "loaded_by")
    public String loadedBy;

    @Column(name = "loaded_at")
    public Instant loadedAt;

    @Column(name = "retired_by")
    public String retiredBy;

    @Column(name = "retired_at")
    public Instant retiredAt;
}
