-- Judicial confirmation (司法确认; Civil Procedure Law arts. 205-206, SPC rules on judicial
-- confirmation 2011): the parties' joint application, its court and judge, the deadlines, and the
-- ruling with its case number. Case numbers come from a counter row per court, year and kind that
-- is incremented in the ruling's transaction: a rolled-back ruling gives its number back, so the
-- numbers are unique and gap-free.

create table confirmation_applications (
    id                  uuid primary key,
    case_id             uuid          not null references cases (id),
    agreement_id        uuid          not null references agreements (id),
    court_code          varchar(16)   not null,
    -- the parties who applied so far (JSON array of refs); the application is filed when all have
    applicants          varchar(2000) not null,
    first_applied_at    timestamptz   not null,
    -- AWAITING_PARTIES, FILED, ACCEPTED, NOT_ACCEPTED, CONFIRMED, REJECTED
    state               varchar(24)   not null,
    filed_at            timestamptz,
    judge               varchar(255),
    acceptance_due_at   timestamptz,
    accepted_at         timestamptz,
    ruling_due_at       timestamptz,
    extended_at         timestamptz,
    extension_reason    varchar(2000),
    ruled_at            timestamptz,
    ruling_reasons      varchar(20000),
    case_number         varchar(64),
    canonical_ruling    bytea,
    constraint confirmation_applications_agreement_key unique (agreement_id),
    constraint confirmation_applications_case_number_key unique (case_number)
);
-- judge scoping: "applications at its court"
create index confirmation_applications_court_idx on confirmation_applications (court_code, state);

create table court_case_counters (
    court_code     varchar(16)  not null,
    year           integer      not null,
    -- SPECIAL (民特, judicial confirmation), SMALL_CLAIMS (民初, speed trial)
    kind           varchar(16)  not null,
    last_number    integer      not null,
    primary key (court_code, year, kind)
);

-- A confirmed ruling fixes what an insurer owes on a claim (the court case number that did);
-- the case is settled when every claim so fixed is settled.
alter table claims add column amount_fixed_by varchar(64);
