package org.accidenthub.hub.compensation.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One version of one victim's loss assessment; never changed once written (a trigger refuses it). */
@Entity
@Table(name = "loss_assessments")
public class LossAssessmentRow {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "victim_ref")
    public String victimRef;

    public int version;

    /** The normalised {@link AssessmentBody} as JSON. */
    public String content;

    @Column(name = "assessed_by")
    public String assessedBy;

    @Column(name = "assessed_by_org_type")
    public String assessedByOrgType;

    @Column(name = "assessed_by_org_code")
    public String assessedByOrgCode;

    @Column(name = "assessed_at")
    public Instant assessedAt;
}
