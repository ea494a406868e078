package org.accidenthub.hub.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.accidenthub.schemas.v1.SessionMode;

/** A mediation session as the mediator recorded it (调解笔录摘要). */
@Entity
@Table(name = "mediation_sessions")
public class MediationSession {

    @Id
    public UUID id;

    @Column(name = "mediation_id")
    public UUID mediationId;

    public int number;

    @Column(name = "held_at")
    public Instant heldAt;

    @Enumerated(EnumType.STRING)
    public SessionMode mode;

    /** Who attended, as the mediator wrote it. */
    public String attendees;

    public String summary;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
