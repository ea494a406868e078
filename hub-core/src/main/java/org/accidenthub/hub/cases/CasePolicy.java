package org.accidenthub.hub.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An insurance policy carried by a vehicle of the case. Its insurer may see the case
 * (domain reference §2), which is why insurer scoping queries this table.
 */
@Entity
@Table(name = "case_policies")
public class CasePolicy extends CasePart {

    @Column(name = "vehicle_id")
    public UUID vehicleId;


    public String kind;

    @Column(name = "insurer_code")
    public String insurerCode;

    @Column(name = "policy_number")
    public String policyNumber;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "cover_limit", precision = 16, scale = 2)
    public BigDecimal coverLimit;
}
