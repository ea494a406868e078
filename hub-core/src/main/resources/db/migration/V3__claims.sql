-- Claims: one per (case, victim, liable insurer), opened when the case has a liability
-- finding or an accident certificate (docs/CLAIMS.md). Every change to a claim is written
-- with its outbox event in one transaction, under the case's row lock.

create table claims (
    id                        uuid primary key,
    case_id                   uuid           not null references cases (id),
    insurer_code              varchar(16)    not null,
    -- the victim as the revision that opened the claim described them (party rows are
    -- replaced by every revision; the claim keeps what it was opened for)
    victim_ref                varchar(16)    not null,
    victim_name               varchar(64)    not null,
    victim_role               varchar(16)    not null,
    victim_injury             varchar(16)    not null,
    personal_injury           boolean        not null,
    damaged_vehicle_ref       varchar(16),
    state                     varchar(40)    not null,
    opened_at                 timestamptz    not null,
    updated_at                timestamptz    not null,
    -- Insurance Law art. 23: decide within 30 days; met by the first liability answer
    decision_due_at           timestamptz    not null,
    decided_at                timestamptz,
    -- Insurance Law art. 25: pay the fixable part within 60 days; met by the first payment
    fixable_part_due_at       timestamptz    not null,
    first_paid_at             timestamptz,
    -- Insurance Law art. 23: pay within 10 days of the agreed amount (the first offer); met when settled
    payment_due_at            timestamptz,
    settled_at                timestamptz,
    liability_answer          varchar(32),
    liability_reason          varchar(2000),
    negligence_percent        integer,
    liability_answered_at     timestamptz,
    paid_total                numeric(16, 2) not null default 0,
    constraint claims_victim_insurer_key unique (case_id, victim_ref, insurer_code)
);
-- insurer scoping: every insurer query filters by insurer_code
create index claims_insurer_idx on claims (insurer_code, state);
create index claims_case_idx on claims (case_id);

create table claim_covers (
    id              uuid primary key,
    claim_id        uuid           not null references claims (id),
    position        integer        not null,
    policy_kind     varchar(32)    not null,
    policy_number   varchar(64)    not null,
    vehicle_ref     varchar(16)    not null,
    plate           varchar(16),
    cover_limit     numeric(16, 2),
    added_at        timestamptz    not null,
    constraint claim_covers_policy_key unique (claim_id, policy_number)
);

create table claim_policy_verifications (
    id              uuid primary key,
    claim_id        uuid           not null references claims (id),
    policy_number   varchar(64)    not null,
    result          varchar(16)    not null,
    note            varchar(2000),
    verified_at     timestamptz    not null,
    verified_by     varchar(255)   not null
);
create index claim_policy_verifications_claim_idx on claim_policy_verifications (claim_id, verified_at);

create table claim_offers (
    id                    uuid primary key,
    claim_id              uuid           not null references claims (id),
    number                integer        not null,
    calculation_version   integer        not null,
    amount                numeric(16, 2) not null,
    note                  varchar(2000),
    offered_at            timestamptz    not null,
    offered_by            varchar(255)   not null,
    constraint claim_offers_number_key unique (claim_id, number)
);

create table claim_payments (
    id                 uuid primary key,
    claim_id           uuid           not null references claims (id),
    amount             numeric(16, 2) not null,
    paid_on            date           not null,
    -- the insurer's reference: a resend with the same reference is the same payment
    reference          varchar(64)    not null,
    recorded_at        timestamptz    not null,
    recorded_by        varchar(255)   not null,
    -- what the first call answered, so that a retry answers the same
    paid_total_after   numeric(16, 2) not null,
    state_after        varchar(40)    not null,
    constraint claim_payments_reference_key unique (claim_id, reference)
);

-- A deadline that passed unmet, recorded when detected; one per claim and kind. Whether a
-- breach is still open (the deadline still unmet) follows from the claim's columns.
create table claim_deadline_breaches (
    id            uuid primary key,
    claim_id      uuid           not null references claims (id),
    kind          varchar(16)    not null,
    due_at        timestamptz    not null,
    detected_at   timestamptz    not null,
    constraint claim_deadline_breaches_kind_key unique (claim_id, kind)
);
