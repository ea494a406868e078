-- Mediation (People's Mediation Law): a case assigned to a mediation organisation, its sessions,
-- the agreement the mediator drafts from a compensation calculation version, its terms per payer
-- and payee, and the parties' signatures. All written under the case's row lock.

create table mediations (
    id                  uuid primary key,
    case_id             uuid          not null references cases (id),
    -- 1, 2, ... per case: a failed or rejected mediation may be followed by another
    number              integer       not null,
    organisation_code   varchar(64)   not null,
    -- POLICE_REFERRAL, COURT_REFERRAL, PARTY_REQUEST
    channel             varchar(32)   not null,
    referred_by         varchar(255)  not null,
    referred_by_org_code varchar(64)  not null,
    assigned_at         timestamptz   not null,
    -- OPEN, AGREED, FAILED
    state               varchar(16)   not null,
    failure_reason      varchar(2000),
    ended_at            timestamptz,
    constraint mediations_number_key unique (case_id, number)
);
-- mediator scoping: "cases assigned to its organisation"
create index mediations_organisation_idx on mediations (organisation_code, case_id);

create table mediation_sessions (
    id              uuid primary key,
    mediation_id    uuid          not null references mediations (id),
    number          integer       not null,
    held_at         timestamptz   not null,
    -- ONLINE_VIDEO, IN_PERSON, PHONE, OTHER (SessionMode)
    mode            varchar(16)   not null,
    attendees       varchar(2000) not null,
    summary         varchar(20000) not null,
    recorded_by     varchar(255)  not null,
    recorded_at     timestamptz   not null,
    constraint mediation_sessions_number_key unique (mediation_id, number)
);

create table agreements (
    id                   uuid primary key,
    mediation_id         uuid          not null references mediations (id),
    case_id              uuid          not null references cases (id),
    -- 1, 2, ... per mediation: a redraft replaces an unsigned draft
    number               integer       not null,
    calculation_version  integer       not null,
    -- DRAFT (open for signatures), EFFECTIVE (all signed), SUPERSEDED (redrafted before all signed)
    state                varchar(16)   not null,
    drafted_by           varchar(255)  not null,
    drafted_at           timestamptz   not null,
    effective_at         timestamptz,
    -- the Agreement record (Avro single-object encoding) as it took effect
    canonical_record     bytea,
    constraint agreements_number_key unique (mediation_id, number)
);
create index agreements_case_idx on agreements (case_id);

create table agreement_terms (
    id              uuid primary key,
    agreement_id    uuid           not null references agreements (id),
    position        integer        not null,
    -- INSURER (payer_code = insurer code) or PARTY (payer_code = the party's ref)
    payer_kind      varchar(16)    not null,
    payer_code      varchar(64)    not null,
    payee_ref       varchar(16)    not null,
    amount          numeric(16, 2) not null,
    due_on          date           not null,
    -- BANK_TRANSFER, CASH, INSURER_DIRECT, OTHER (PaymentMethod)
    method          varchar(16)    not null,
    constraint agreement_terms_position_key unique (agreement_id, position)
);

create table agreement_signatures (
    id                uuid primary key,
    agreement_id      uuid          not null references agreements (id),
    party_ref         varchar(16)   not null,
    -- ELECTRONIC (the party's own login) or IN_PERSON (recorded by the mediator, with evidence)
    way               varchar(16)   not null,
    signed_by         varchar(255)  not null,
    signed_at         timestamptz   not null,
    evidence_sha256   varchar(64)   references attachment_contents (sha256),
    evidence_name     varchar(128),
    evidence_media_type varchar(64),
    evidence_size     bigint,
    constraint agreement_signatures_party_key unique (agreement_id, party_ref)
);
