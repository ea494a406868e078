package org.accidenthub.hub.compensation.calculations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One numbered calculation of a case, kept twice over: as the JSON the API shows and as the
 * canonical record its event carries. Never changed once written (a trigger refuses it).
 */
@Entity
@Table(name = "compensation_calculations")
public class CompensationCalculationRow {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int version;

    @Column(name = "case_revision")
    public int caseRevision;

    public String province;

    @Column(name = "statistical_year")
    public int statisticalYear;

    @Column(precision = 16, scale = 2)
    public BigDecimal total;

    /** The {@link CalculationView} as JSON. */
    public String result;

    /** The CompensationCalculation record in Avro single-object encoding. */
    @Column(name = "canonical_record")
    public byte[] canonicalRecord;

    @Column(name = "schema_fingerprint")
    public long schemaFingerprint;

    @Column(name = "calculated_by")
    public String calculatedBy;

    @Column(name = "calculated_by_org_type")
    public String calculatedByOrgType;

    @Column(name = "calculated_by_org_code")
    public String calculatedByOrgCode;

    @Column(name = "calculated_at")
    public Instant calculatedAt;
}
