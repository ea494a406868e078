-- Loss assessments and compensation calculations (docs/COMPENSATION.md). Both are versioned per
-- case (assessments per case and victim), numbered 1, 2, ... without gaps under the case's row
-- lock, and never changed once written: a correction is a new version.

create table loss_assessments (
    id                 uuid primary key,
    case_id            uuid           not null references cases (id),
    -- the victim's party ref in the case
    victim_ref         varchar(16)    not null,
    version            integer        not null,
    -- the assessment as the API shows it (JSON); a new version only when it differs from the newest
    content            text           not null,
    assessed_by        varchar(255)   not null,
    assessed_by_org_type varchar(32)  not null,
    assessed_by_org_code varchar(64)  not null,
    assessed_at        timestamptz    not null,
    constraint loss_assessments_version_key unique (case_id, victim_ref, version)
);

create table compensation_calculations (
    id                 uuid primary key,
    case_id            uuid           not null references cases (id),
    version            integer        not null,
    case_revision      integer        not null,
    province           varchar(6)     not null,
    statistical_year   integer        not null,
    total              numeric(16, 2) not null,
    -- the calculation as the API shows it (JSON): every line with basis, formula and payer
    result             text           not null,
    -- the same calculation as the canonical CompensationCalculation record (Avro single-object
    -- encoding, the bytes of the COMPENSATION_CALCULATED event's payload)
    canonical_record   bytea          not null,
    schema_fingerprint bigint         not null,
    calculated_by      varchar(255)   not null,
    calculated_by_org_type varchar(32) not null,
    calculated_by_org_code varchar(64) not null,
    calculated_at      timestamptz    not null,
    constraint compensation_calculations_version_key unique (case_id, version)
);

-- Versions are evidence of what was assessed and calculated: never changed, never deleted.
create function forbid_compensation_version_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable (% refused)', tg_table_name, tg_op;
end;
$$;
create trigger loss_assessments_immutable
    before update or delete on loss_assessments
    for each row execute function forbid_compensation_version_change();
create trigger compensation_calculations_immutable
    before update or delete on compensation_calculations
    for each row execute function forbid_compensation_version_change();
