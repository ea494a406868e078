-- Webhooks (docs/EVENTS.md): partner endpoints subscribed to case events, and every delivery with
-- its attempts, so that retries, dead letters and replays survive a restart of the hub.

create table webhook_subscriptions (
    id               uuid primary key,
    -- the organisation that owns the subscription; it receives events of its own cases only
    org_type         varchar(32)    not null,
    org_code         varchar(64)    not null,
    url              varchar(2048)  not null,
    -- UPPER_SNAKE event types, separated by single spaces
    event_types      varchar(2048)  not null,
    description      varchar(500),
    -- the HMAC-SHA256 key of the signatures; shown to the partner once, when the subscription is made
    secret           varchar(128)   not null,
    -- the feed cursor when the subscription was made: later events are delivered, earlier ones on replay
    start_tx_order   bigint         not null,
    start_position   bigint         not null,
    created_at       timestamptz    not null,
    created_by       varchar(255)   not null
);
create index webhook_subscriptions_org_idx on webhook_subscriptions (org_type, org_code);

create table webhook_deliveries (
    id                    uuid primary key,
    subscription_id       uuid          not null references webhook_subscriptions (id) on delete cascade,
    event_id              uuid          not null references outbox_events (id),
    case_id               uuid          not null,
    sequence              bigint        not null,
    event_type            varchar(64)   not null,
    -- PENDING (to be tried, or waiting behind an earlier event of its case), DELIVERED, DEAD (gave up)
    status                varchar(16)   not null,
    attempts              integer       not null,
    next_attempt_at       timestamptz   not null,
    last_attempt_at       timestamptz,
    last_response_status  integer,
    last_error            varchar(500),
    delivered_at          timestamptz,
    created_at            timestamptz   not null,
    constraint webhook_deliveries_event_key unique (subscription_id, event_id)
);
create index webhook_deliveries_due_idx on webhook_deliveries (next_attempt_at) where status = 'PENDING';
create index webhook_deliveries_dead_idx on webhook_deliveries (subscription_id) where status = 'DEAD';
-- "an earlier event of the same case is not delivered yet": per subscription and case, by sequence
create index webhook_deliveries_case_idx on webhook_deliveries (subscription_id, case_id, sequence);

-- How far the dispatcher has turned settled events into deliveries; one row, locked while it works,
-- so that two hub replicas never dispatch the same event twice.
create table webhook_dispatch_cursor (
    id         integer   primary key check (id = 1),
    tx_order   bigint    not null,
    position   bigint    not null
);
insert into webhook_dispatch_cursor (id, tx_order, position) values (1, 0, 0);
