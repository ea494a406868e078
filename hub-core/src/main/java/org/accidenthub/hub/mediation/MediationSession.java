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
import org.accidenthub.schemas.v1.SessionOutcome;

/**
 * A mediation session as the mediator recorded it (调解笔录摘要). A session a platform pushed also keeps
 * what only its message has: the end, the outcome, the platform's own id and number, and the full
 * minutes by hash (null for sessions recorded through the API).
 */
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

    @Column(name = "ended_at")
    public Instant endedAt;

    @Enumerated(EnumType.STRING)
    public SessionOutcome outcome;

    @Column(name = "platform_session_id")
    public String platformSessionId;

    @Column(name = "platform_session_number")
    public Integer platformSessionNumber;

    @Column(name = "minutes_name")
    public String minutesName;

    @Column(name = "minutes_media_type")
    public String minutesMediaType;

    @Column(name = "minutes_sha256")
    public String minutesSha256;

    @Column(name = "minutes_size")
    public Long minutesSize;
}
