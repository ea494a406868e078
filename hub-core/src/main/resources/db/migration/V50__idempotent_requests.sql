-- Idempotent consumption of partner writes (docs/CLAIMS.md, "Idempotency"): the answer to every
-- accepted request that carried a sender-chosen key (an insurer message's messageId, or the
-- Idempotency-Key header of the claims API), written in the transaction of the request's effect.
-- A resend with the same key and the same request gets this answer again and changes nothing; the
-- same key with another request is refused (409). Rejected requests leave no row.

create table idempotent_requests (
    id               uuid primary key,
    -- the sender: the token's organisation, never what the request says
    org_type         varchar(16)  not null,
    org_code         varchar(64)  not null,
    -- which kind of key: 'insurer-message' (messageId) or 'idempotency-key' (the header)
    channel          varchar(32)  not null,
    idempotency_key  varchar(64)  not null,
    -- SHA-256 of the request: method, path and the body's JSON with keys sorted
    request_hash     bytea        not null,
    answer_status    integer      not null,
    answer_body      bytea        not null,
    answer_location  varchar(256),
    answered_at      timestamptz  not null,
    constraint idempotent_requests_key unique (org_type, org_code, channel, idempotency_key)
);
