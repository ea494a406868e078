-- Speed trial (速裁): a case filed with a court after mediation failed or confirmation was rejected.
-- The hub assembles the filing package (accident record, finding, calculation, evidence list,
-- mediation record) as the SpeedTrialFiling record; the judge records the judgment, amounts per
-- payer and payee. Small claims: judged within 2 months of filing, simplified procedure 3 months.

create table speed_trial_filings (
    id                  uuid primary key,
    case_id             uuid          not null references cases (id),
    court_code          varchar(16)   not null,
    -- SMALL_CLAIMS, SIMPLIFIED (TrialProcedure)
    procedure           varchar(16)   not null,
    filed_by            varchar(255)  not null,
    filed_by_party_ref  varchar(16)   not null,
    filed_at            timestamptz   not null,
    judge               varchar(255)  not null,
    case_number         varchar(64)   not null,
    judgment_due_at     timestamptz   not null,
    -- FILED, JUDGED
    state               varchar(16)   not null,
    -- the SpeedTrialFiling record (Avro single-object encoding): the filing package as filed
    canonical_filing    bytea         not null,
    judged_at           timestamptz,
    outcome             varchar(24),
    reasons             varchar(20000),
    canonical_judgment  bytea,
    constraint speed_trial_filings_case_number_key unique (case_number)
);
-- judge scoping: "filings at its court"
create index speed_trial_filings_court_idx on speed_trial_filings (court_code, state);
create index speed_trial_filings_case_idx on speed_trial_filings (case_id);

create table speed_trial_amounts (
    id            uuid primary key,
    filing_id     uuid           not null references speed_trial_filings (id),
    position      integer        not null,
    payer_kind    varchar(16)    not null,
    payer_code    varchar(64)    not null,
    payee_ref     varchar(16)    not null,
    amount        numeric(16, 2) not null,
    constraint speed_trial_amounts_position_key unique (filing_id, position)
);
