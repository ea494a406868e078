-- Cases, their relational model (the current revision), and the immutable inbound records
-- from which every revision was made.

create table cases (
    id                       uuid primary key,
    unit_code                varchar(12)    not null,
    report_number            varchar(32)    not null,
    source_system            varchar(64)    not null,
    state                    varchar(32)    not null,
    revision                 integer        not null,
    -- SHA-256 of the canonical Avro bytes of the current revision: an identical resend is recognised by it
    content_sha256           varchar(64)    not null,
    procedure                varchar(16)    not null,
    occurred_at              timestamptz    not null,
    division_code            varchar(6),
    address                  varchar(256),
    road                     varchar(128),
    latitude                 double precision,
    longitude                double precision,
    weather                  varchar(16),
    light                    varchar(16),
    road_surface             varchar(16),
    level                    varchar(16)    not null,
    form                     varchar(16)    not null,
    narrative                varchar(20000) not null,
    cause                    varchar(20000),
    finding_kind             varchar(32),
    finding_document_number  varchar(64),
    finding_issued_at        timestamptz,
    finding_served_at        timestamptz,
    created_at               timestamptz    not null,
    updated_at               timestamptz    not null,
    -- the idempotency key of police files (format spec: unitCode + reportNumber)
    constraint cases_unit_report_key unique (unit_code, report_number)
);
create index cases_occurred_at_idx on cases (occurred_at);
create index cases_report_number_idx on cases (report_number);

create table case_parties (
    id                     uuid primary key,
    case_id                uuid          not null references cases (id),
    position               integer       not null,
    ref                    varchar(16)   not null,
    role                   varchar(16)   not null,
    name                   varchar(64)   not null,
    id_type                varchar(16)   not null,
    id_number              varchar(64)   not null,
    gender                 varchar(8),
    birth_date             date,
    phone                  varchar(32),
    vehicle_ref            varchar(16),
    responsibility         varchar(16),
    responsibility_share   integer,
    share_explicit         boolean       not null,
    injury                 varchar(16)   not null,
    constraint case_parties_ref_key unique (case_id, ref)
);

create table case_vehicles (
    id              uuid primary key,
    case_id         uuid          not null references cases (id),
    position        integer       not null,
    ref             varchar(16)   not null,
    plate           varchar(16),
    category        varchar(16)   not null,
    motor_vehicle   boolean       not null,
    vin             varchar(17),
    owner_name      varchar(64),
    damage          varchar(16),
    constraint case_vehicles_ref_key unique (case_id, ref)
);
create index case_vehicles_plate_idx on case_vehicles (plate);

create table case_policies (
    id              uuid primary key,
    case_id         uuid          not null references cases (id),
    vehicle_id      uuid          not null references case_vehicles (id),
    position        integer       not null,
    kind            varchar(32)   not null,
    insurer_code    varchar(16)   not null,
    policy_number   varchar(64)   not null,
    valid_from      date          not null,
    valid_to        date          not null,
    cover_limit     numeric(16, 2)
);
-- insurer scoping: "cases where a vehicle carries one of its policies"
create index case_policies_insurer_idx on case_policies (insurer_code, case_id);

create table case_attachments (
    id           uuid primary key,
    case_id      uuid          not null references cases (id),
    position     integer       not null,
    name         varchar(128)  not null,
    media_type   varchar(32)   not null,
    sha256       varchar(64)   not null,
    size         bigint        not null,
    constraint case_attachments_name_key unique (case_id, name)
);

-- Attachment bytes, addressed by their hash: a revision that lists the same document again
-- reuses the bytes already received, and nothing is stored twice.
create table attachment_contents (
    sha256       varchar(64)   primary key,
    media_type   varchar(32)   not null,
    content      bytea         not null,
    received_at  timestamptz   not null
);

create table inbound_records (
    id                   uuid primary key,
    case_id              uuid          not null references cases (id),
    revision             integer       not null,
    connector_name       varchar(64)   not null,
    connector_version    varchar(32)   not null,
    raw_sha256           varchar(64)   not null,
    raw_content          bytea         not null,
    content_sha256       varchar(64)   not null,
    -- Avro single-object encoding: C3 01, 8-byte schema fingerprint, body
    canonical_record     bytea         not null,
    schema_fingerprint   bigint        not null,
    sender_subject       varchar(255)  not null,
    sender_client        varchar(255),
    sender_org_type      varchar(32)   not null,
    sender_org_code      varchar(64)   not null,
    received_at          timestamptz   not null,
    constraint inbound_records_revision_key unique (case_id, revision)
);

-- Inbound records are evidence of what a partner sent: never changed, never deleted.
create function forbid_inbound_record_change() returns trigger language plpgsql as $$
begin
    raise exception 'inbound records are immutable (% refused)', tg_op;
end;
$$;
create trigger inbound_records_immutable
    before update or delete on inbound_records
    for each row execute function forbid_inbound_record_change();
