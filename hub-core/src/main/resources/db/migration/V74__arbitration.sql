-- Arbitration (仲裁): a party refers the dispute to an arbitration commission with the parties'
-- written arbitration agreement (Arbitration Law arts. 4, 16: without one no commission accepts the
-- case); the hub assembles the referral (parties, case file, agreement by hash) as the
-- ArbitrationReferral record; the commission answers with its award (XML,
-- docs/formats/arbitration-messages.md), stored with its amounts per payer and payee.

create table arbitration_referrals (
    id                     uuid primary key,
    case_id                uuid          not null references cases (id),
    -- the commission's org_code: its arbitrators see the case (CaseScope)
    commission_code        varchar(32)   not null,
    referred_by            varchar(255)  not null,
    referred_by_party_ref  varchar(16)   not null,
    referred_at            timestamptz   not null,
    -- REFERRED, AWARDED
    state                  varchar(16)   not null,
    -- the ArbitrationReferral record (Avro single-object encoding): names and hashes, no ID or phone numbers
    canonical_referral     bytea         not null,
    -- the award: the commission's messageId (a resend keeps it), number, outcome
    award_message_id       varchar(64),
    award_number           varchar(64),
    outcome                varchar(16),
    awarded_at             timestamptz,
    award_received_at      timestamptz,
    award_received_from    varchar(255),
    canonical_award        bytea,
    constraint arbitration_referrals_award_message_key unique (commission_code, award_message_id)
);
-- arbitrator scoping: "referrals to its commission"
create index arbitration_referrals_commission_idx on arbitration_referrals (commission_code, case_id);
create index arbitration_referrals_case_idx on arbitration_referrals (case_id);

create table arbitration_award_amounts (
    id            uuid primary key,
    referral_id   uuid           not null references arbitration_referrals (id),
    position      integer        not null,
    -- PARTY or INSURER (DisputePartyKind); code: the partyRef or the insurerCode
    payer_kind    varchar(16)    not null,
    payer_code    varchar(16)    not null,
    payee_kind    varchar(16)    not null,
    payee_code    varchar(16)    not null,
    amount        numeric(16, 2) not null,
    due_date      date,
    description   varchar(256),
    constraint arbitration_award_amounts_position_key unique (referral_id, position)
);
