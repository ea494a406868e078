package org.accidenthub.hub.speedtrial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.accidenthub.schemas.v1.DisputePartyKind;

/** One amount of a judgment: who pays whom how much. */
@Entity
@Table(name = "speed_trial_amounts")
public class SpeedTrialAmount {

    @Id
    public UUID id;

    @Column(name = "filing_id")
    public UUID filingId;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_kind")
    public DisputePartyKind payerKind;

    @Column(name = "payer_code")
    public String payerCode;

    @Column(name = "payee_ref")
    public String payeeRef;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;
}
