-- The transactional outbox: one row per change to a case, written in the same transaction
-- as the change. Column names follow Debezium's outbox convention (id, aggregatetype,
-- aggregateid, type, timestamp, payload) so a large deployment can relay with Debezium CDC
-- instead of the hub's own relay.

create table outbox_events (
    id              uuid primary key,
    aggregatetype   varchar(64)   not null,
    aggregateid     varchar(64)   not null,
    type            varchar(64)   not null,
    timestamp       timestamptz   not null,
    -- the CaseEvent envelope in Avro single-object encoding
    payload         bytea         not null,
    -- gap-free per aggregate, starting at 1: consumers check order and completeness with it
    sequence        bigint        not null,
    -- global order of insertion, for cursors over all events
    position        bigserial     not null,
    -- the writing transaction: a reader may treat rows of transactions older than the oldest
    -- running one as final (pg_snapshot_xmin), so a cursor never skips a late commit
    tx_id           xid8          not null default pg_current_xact_id(),
    constraint outbox_events_sequence_key unique (aggregateid, sequence),
    constraint outbox_events_position_key unique (position)
);

-- the last sequence number given to an event of the case; taken under the case's row lock
alter table cases add column event_sequence bigint not null default 0;
