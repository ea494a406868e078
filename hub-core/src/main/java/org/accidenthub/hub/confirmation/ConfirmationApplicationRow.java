package org.accidenthub.hub.confirmation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A joint application for judicial confirmation of one agreement, from filing to ruling. */
@Entity
@Table(name = "confirmation_applications")
public class ConfirmationApplicationRow {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "court_code")
    public String courtCode;

    /** The refs of the parties who applied, comma-separated, in the order they applied. */
    public String applicants;

    @Column(name = "first_applied_at")
    public Instant firstAppliedAt;

    @Enumerated(EnumType.STRING)
    public ApplicationState state;

    @Column(name = "filed_at")
    public Instant filedAt;

    /** The assigned judge's user name. */
    public String judge;

    /** The judge's real name from their token when they last acted on it (documents print it); null before. */
    @Column(name = "judge_name")
    public String judgeName;

    /** The name a document signs with: the judge's name, or the user name for a row acted on before names were kept. */
    public String signingJudge() {
        return judgeName != null ? judgeName : judge;
    }

    @Column(name = "acceptance_due_at")
    public Instant acceptanceDueAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    @Column(name = "ruling_due_at")
    public Instant rulingDueAt;

    @Column(name = "extended_at")
    public Instant extendedAt;

    @Column(name = "extension_reason")
    public String extensionReason;

    @Column(name = "ruled_at")
    public Instant ruledAt;

    /** Reasons of the ruling (or of not accepting), one per line. */
    @Column(name = "ruling_reasons")
    public String rulingReasons;

    @Column(name = "case_number")
    public String caseNumber;

    /** The ConfirmationRuling record (single-object encoding), the source of the ruling document. */
    @Column(name = "canonical_ruling")
    public byte[] canonicalRuling;
}
