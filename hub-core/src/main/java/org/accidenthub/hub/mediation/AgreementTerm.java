package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.PaymentMethod;

/** One obligation of an agreement: who pays whom, how much, by when and how. */
@Entity
@Table(name = "agreement_terms")
public class AgreementTerm {

    @Id
    public UUID id;

    @Column(name = "agreement_id")
    public UUID agreementId;

    public int position;

    /** PARTY or INSURER. */
    @Enumerated(EnumType.STRING)
    @Column(name = "payer_kind")
    public DisputePartyKind payerKind;

    /** The party's ref (PARTY) or the insurer's code (INSURER). */
    @Column(name = "payer_code")
    public String payerCode;

    @Column(name = "payee_ref")
    public String payeeRef;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public PaymentMethod method;
}
