-- The pgbench baseline of bench/load/run.sh: the police files of the hub run, stored the plainest durable way
-- PostgreSQL allows, one transaction each. Schema bench_baseline in the benchmark's own database: nothing of
-- the hub's is touched. psql -v rows=N, then \copy of the generated files into bench_baseline.source.
drop schema if exists bench_baseline cascade;
create schema bench_baseline;

-- the generated files (bench/load/PoliceLoad.java rows): what pgbench inserts, cycled
create table bench_baseline.source (
    id             bigint primary key,
    unit_code      varchar(12)  not null,
    report_number  varchar(32)  not null,
    occurred_at    timestamptz  not null,
    division_code  varchar(6)   not null,
    latitude       double precision,
    longitude      double precision,
    raw_content    text         not null
);

-- the equivalent of what the hub keeps of a file: its key (unique, as cases_unit_report_key), the accident's
-- time and place, the exact bytes and their SHA-256, the time received
create table bench_baseline.police_files (
    id             uuid primary key default gen_random_uuid(),
    unit_code      varchar(12)  not null,
    report_number  varchar(32)  not null,
    occurred_at    timestamptz  not null,
    division_code  varchar(6),
    latitude       double precision,
    longitude      double precision,
    raw_sha256     varchar(64)  not null,
    raw_content    bytea        not null,
    received_at    timestamptz  not null default now(),
    constraint police_files_unit_report_key unique (unit_code, report_number)
);
create index police_files_occurred_at_idx on bench_baseline.police_files (occurred_at);

create sequence bench_baseline.next_file;
