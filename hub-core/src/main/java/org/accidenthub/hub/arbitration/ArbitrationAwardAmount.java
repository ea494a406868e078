package org.accidenthub.hub.arbitration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.accidenthub.schemas.v1.DisputeParty;
import org.accidenthub.schemas.v1.DisputePartyKind;
import org.accidenthub.schemas.v1.Obligation;

/** One payment of an award: who pays whom how much (a party by its ref, an insurer by its code). */
@Entity
@Table(name = "arbitration_award_amounts")
public class ArbitrationAwardAmount {

    @Id
    public UUID id;

    @Column(name = "referral_id")
    public UUID referralId;

    public int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "payer_kind")
    public DisputePartyKind payerKind;

    @Column(name = "payer_code")
    public String payerCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "payee_kind")
    public DisputePartyKind payeeKind;

    @Column(name = "payee_code")
    public String payeeCode;

    @Column(precision = 16, scale = 2)
    public BigDecimal amount;

    @Column(name = "due_date")
    public LocalDate dueDate;

    public String description;

    static ArbitrationAwardAmount of(UUID referralId, int position, Obligation payment) {
        ArbitrationAwardAmount row = new ArbitrationAwardAmount();
        row.id = UUID.randomUUID();
        row.referralId = referralId;
        row.position = position;
        row.payerKind = payment.getPayer().getKind();
        row.payerCode = code(payment.getPayer());
        row.payeeKind = payment.getPayee().getKind();
        row.payeeCode = code(payment.getPayee());
        row.amount = payment.getAmount();
        row.dueDate = payment.getDueDate();
        row.description = payment.getDescription();
        return row;
    }

    static String code(DisputeParty party) {
        return party.getKind() == DisputePartyKind.INSURER ? party.getInsurerCode() : party.getPartyRef();
    }
}
