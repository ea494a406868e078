package org.accidenthub.hub.lifecycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.hub.cases.CaseState;

/** One change of a case's state: who, when, why. Numbered per case; never changed (a trigger refuses it). */
@Entity
@Table(name = "case_transitions")
public class CaseTransition {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    public int number;

    /** Null for the first state of a new case. */
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state")
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state")
    public CaseState toState;

    public String reason;

    @Column(name = "actor_subject")
    public String actorSubject;

    @Column(name = "actor_org_type")
    public String actorOrgType;

    @Column(name = "actor_org_code")
    public String actorOrgCode;

    public Instant at;
}
