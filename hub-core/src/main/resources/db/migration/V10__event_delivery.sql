-- Delivery of outbox events (docs/EVENTS.md): the Kafka relay's progress, and the settled order in
-- which readers with a cursor (the pull feed, the webhook dispatcher) take events.

-- When the broker acknowledged the row; null while it is still to be published. Progress is kept per
-- row rather than as one offset: the relay has at most one unacknowledged event per case in flight, so
-- rows of different cases are acknowledged out of position order. A Debezium relay ignores the column.
alter table outbox_events add column published_at timestamptz;
create index outbox_events_unpublished_idx on outbox_events (position) where published_at is null;

-- Settled events, in the order a cursor takes them: by writing transaction, then position, and only
-- rows of transactions older than the oldest transaction still running (pg_snapshot_xmin). Every
-- transaction still running, or yet to start, has a larger id than all rows listed here, so a cursor
-- over (tx_order, position) never skips a late commit. One case's events appear in sequence order
-- because every writer takes the case's row lock (which assigns its transaction id) before it writes.
create view settled_case_events as
select e.id,
       cast(e.aggregateid as uuid)           as case_id,
       e.type,
       e.timestamp,
       e.payload,
       e.sequence,
       cast(cast(e.tx_id as text) as bigint) as tx_order,
       e.position
from outbox_events e
where e.aggregatetype = 'case'
  and e.tx_id < pg_snapshot_xmin(pg_current_snapshot());

create index outbox_events_settled_order_idx on outbox_events ((cast(cast(tx_id as text) as bigint)), position);
