-- The audit trail (docs/SECURITY.md "Audit trail"): one row per answered API request that touched
-- case data, hash-chained so that a changed, removed or inserted row is detected by
-- deploy/local/verify-audit.sh (org.accidenthub.hub.audit.AuditChainCheck).
--
-- hash = SHA-256(prev_hash || canonical content of the row), computed by the hub
-- (org.accidenthub.hub.audit.AuditDigest) and checked by the verifier with the same code.
-- Rows are appended under the advisory lock 'audit chain' (see AuditChain), which also hands out
-- the ids, so the chain follows id order even with several hub replicas writing.

create table audit_events (
    id              bigserial     primary key,
    -- when the answer was given (microseconds, as stored)
    at              timestamptz   not null,
    -- who: from the verified token; null when no valid token came with the request
    subject         varchar(255),
    org_type        varchar(32),
    org_code        varchar(64),
    client          varchar(255),
    -- from where: the peer address as the hub saw it (behind a proxy, see quarkus.http.proxy.*)
    remote_address  varchar(64),
    -- what
    method          varchar(10)   not null,
    path            varchar(2048) not null,
    case_id         uuid,
    -- READ, SEARCH or WRITE: what was attempted; outcome says whether it was allowed
    action          varchar(16)   not null,
    -- the HTTP status of the answer: 2xx done, 401/403 refused, 404 unknown or outside the scope
    outcome         integer       not null,
    -- for writes: the top-level fields of the JSON body, comma-separated
    fields          varchar(2048),
    prev_hash       bytea         not null,
    hash            bytea         not null,
    constraint audit_events_hash_length check (length(hash) = 32 and length(prev_hash) = 32)
);

create index audit_events_case_id on audit_events (case_id, id) where case_id is not null;
create index audit_events_subject on audit_events (subject, id);
create index audit_events_at on audit_events (at);

-- What retention removed: the chain starts again after up_to_id, whose hash the first
-- remaining row carries as prev_hash. The verifier starts from the newest of these anchors.
create table audit_prunes (
    id              bigserial     primary key,
    pruned_at       timestamptz   not null default now(),
    up_to_id        bigint        not null,
    up_to_at        timestamptz   not null,
    up_to_hash      bytea         not null,
    removed         bigint        not null
);

-- Append-only, like inbound_records (V1). The one exception is retention, and only through
-- audit_prune() below, which marks its own transaction. A role that owns the tables (or a
-- superuser) can still disable these triggers: the hash chain is what detects that.
create function refuse_audit_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_events'
            and current_setting('hub.audit_pruning', true) = 'on' then
        return old;
    end if;
    raise exception 'the audit trail is append-only (% on % refused)', tg_op, tg_table_name;
end;
$$;

create trigger audit_events_append_only
    before update or delete on audit_events
    for each row execute function refuse_audit_change();
create trigger audit_events_no_truncate
    before truncate on audit_events
    for each statement execute function refuse_audit_change();
create trigger audit_prunes_append_only
    before update or delete on audit_prunes
    for each row execute function refuse_audit_change();
create trigger audit_prunes_no_truncate
    before truncate on audit_prunes
    for each statement execute function refuse_audit_change();

-- Retention: removes the oldest rows, always a prefix of the chain, never anything younger than
-- 180 days (Cybersecurity Law art. 21: network logs are kept for at least six months), and
-- records where the chain now starts. Runs as the owner, so the application role needs only
-- EXECUTE on it, not DELETE on the table.
create function audit_prune(older_than timestamptz) returns bigint
    language plpgsql security definer set search_path = public, pg_temp as $$
declare
    last_id   bigint;
    last_at   timestamptz;
    last_hash bytea;
    removed   bigint;
begin
    if older_than > now() - interval '180 days' then
        raise exception 'audit events are kept for at least 180 days (asked to remove those before %)', older_than;
    end if;
    -- the same lock the writers take: nothing is appended while the start of the chain moves
    perform pg_advisory_xact_lock(hashtext('accident-hub audit chain'));
    select id, at, hash into last_id, last_at, last_hash
        from audit_events where at < older_than order by id desc limit 1;
    if last_id is null then
        return 0;
    end if;
    perform set_config('hub.audit_pruning', 'on', true);
    delete from audit_events where id <= last_id;
    get diagnostics removed = row_count;
    perform set_config('hub.audit_pruning', 'off', true);
    insert into audit_prunes (up_to_id, up_to_at, up_to_hash, removed)
        values (last_id, last_at, last_hash, removed);
    return removed;
end;
$$;
revoke all on function audit_prune(timestamptz) from public;

-- Where the hub connects with its own application role (not the owner, not a superuser), that
-- role may read and append, run retention, and nothing else. The role's name is the Flyway
-- placeholder hub_app_role (HUB_DB_APP_ROLE); nothing happens when no such role exists, as on
-- the local stack, which connects as the superuser postgres.
do $$
declare
    app_role text := '${hub_app_role}';
begin
    if exists (select 1 from pg_roles where rolname = app_role) then
        execute format('revoke update, delete, truncate on audit_events, audit_prunes from %I', app_role);
        execute format('grant select, insert on audit_events to %I', app_role);
        execute format('grant select on audit_prunes to %I', app_role);
        execute format('grant usage, select on sequence audit_events_id_seq to %I', app_role);
        execute format('grant execute on function audit_prune(timestamptz) to %I', app_role);
    end if;
end;
$$;
