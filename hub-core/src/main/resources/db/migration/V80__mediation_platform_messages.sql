-- What a mediation platform's messages carry beyond the mediator API (docs/formats/mediation-messages.md):
-- a pushed SESSION keeps its end, outcome, the platform's own id and number and its minutes (by hash; the
-- bytes travel separately); a pushed AGREEMENT keeps the platform's agreementId and version, so that a
-- later state of the same version adds signatures and version + 1 redrafts. Null for the API's own rows.

alter table mediation_sessions
    add column ended_at              timestamptz,
    -- CONTINUED, ADJOURNED, AGREED, FAILED (SessionOutcome)
    add column outcome               varchar(16),
    add column platform_session_id   varchar(64),
    add column platform_session_number integer,
    add column minutes_name          varchar(128),
    add column minutes_media_type    varchar(64),
    add column minutes_sha256        varchar(64),
    add column minutes_size          bigint;

alter table agreements
    add column platform_agreement_id varchar(64),
    add column platform_version      integer;
-- one hub agreement per platform agreement version of a mediation
create unique index agreements_platform_version_key on agreements (mediation_id, platform_agreement_id, platform_version)
    where platform_agreement_id is not null;
