-- The case lifecycle (docs/MEDIATION-AND-CONFIRMATION.md, "Lifecycle"): every change of a case's
-- state, with who made it, when and why. Written in the transaction of the change, under the
-- case's row lock, numbered 1, 2, ... per case without gaps. Evidence: never changed or deleted.

create table case_transitions (
    id                uuid primary key,
    case_id           uuid          not null references cases (id),
    number            integer       not null,
    from_state        varchar(32),
    to_state          varchar(32)   not null,
    reason            varchar(2000) not null,
    actor_subject     varchar(255)  not null,
    actor_org_type    varchar(32)   not null,
    actor_org_code    varchar(64)   not null,
    at                timestamptz   not null,
    constraint case_transitions_number_key unique (case_id, number)
);

create function forbid_case_transition_change() returns trigger language plpgsql as $$
begin
    raise exception 'case transitions are immutable (% refused)', tg_op;
end;
$$;
create trigger case_transitions_immutable
    before update or delete on case_transitions
    for each row execute function forbid_case_transition_change();
