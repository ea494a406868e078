package org.accidenthub.hub.speedtrial;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.schemas.v1.JudgmentOutcome;
import org.accidenthub.schemas.v1.TrialProcedure;

/** A case filed for a speed trial, with its package as filed and, later, the judgment. */
@Entity
@Table(name = "speed_trial_filings")
public class SpeedTrialFilingRow {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "court_code")
    public String courtCode;

    @Enumerated(EnumType.STRING)
    public TrialProcedure procedure;

    @Column(name = "filed_by")
    public String filedBy;

    @Column(name = "filed_by_party_ref")
    public String filedByPartyRef;

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

    @Column(name = "case_number")
    public String caseNumber;

    @Column(name = "judgment_due_at")
    public Instant judgmentDueAt;

    /** FILED or JUDGED. */
    public String state;

    @Column(name = "canonical_filing")
    public byte[] canonicalFiling;

    @Column(name = "judged_at")
    public Instant judgedAt;

    @Enumerated(EnumType.STRING)
    public JudgmentOutcome outcome;

    public String reasons;

    @Column(name = "canonical_judgment")
    public byte[] canonicalJudgment;
}
