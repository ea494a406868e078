-- Documents a mediation platform delivers for a mediation (docs/formats/mediation-messages.md, "Delivering
-- documents"): its messages name signed pages, minutes and the agreement by SHA-256 only, and the bytes come
-- separately, before the message. The bytes are kept once, sealed, in attachment_contents (shared by hash with
-- police attachments and the mediator API's signed pages); a row here says this mediation received them, so
-- a pushed in-person signature counts only with a page delivered for that mediation (or attached to its case).

create table mediation_documents (
    id              uuid primary key,
    mediation_id    uuid          not null references mediations (id),
    case_id         uuid          not null references cases (id),
    sha256          varchar(64)   not null references attachment_contents (sha256),
    -- application/pdf, image/jpeg, image/png, as the platform sent it
    media_type      varchar(64)   not null,
    size            bigint        not null,
    received_by     varchar(255)  not null,
    received_at     timestamptz   not null,
    constraint mediation_documents_key unique (mediation_id, sha256)
);
