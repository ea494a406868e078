package org.accidenthub.hub.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The stored answer to an accepted request with a sender-chosen key (migration V50). */
@Entity
@Table(name = "idempotent_requests")
public class IdempotentRequest {

    @Id
    public UUID id;

    @Column(name = "org_type")
    public String orgType;

    @Column(name = "org_code")
    public String orgCode;

    public String channel;

    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash")
    public byte[] requestHash;

    @Column(name = "answer_status")
    public int answerStatus;

    @Column(name = "answer_body")
    public byte[] answerBody;

    @Column(name = "answer_location")
    public String answerLocation;

    @Column(name = "answered_at")
    public Instant answeredAt;
}
