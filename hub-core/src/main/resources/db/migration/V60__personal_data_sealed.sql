-- Personal data at rest (docs/SECURITY.md "Personal data"): ID numbers and phone numbers, and every byte
-- column that carries them (a partner's file, the canonical record, events, attachments), are stored sealed
-- with AES-256-GCM by the hub (org.accidenthub.hub.privacy.FieldCipher): 00 AE | version | key id | nonce |
-- ciphertext + tag. The database never sees a key.

-- Party ID numbers and phones become sealed bytes. Values written before this migration are kept as their
-- UTF-8 bytes; the hub's re-sealing job (privacy.Resealing, at start) seals them and fills the lookups.
alter table case_parties alter column id_number type bytea using convert_to(id_number, 'UTF8');
alter table case_parties alter column phone type bytea using convert_to(phone, 'UTF8');
-- HMAC-SHA256 with the hub's lookup key (privacy.LookupHash): find a party by ID number or phone without
-- decrypting, and without a plain hash that could be reversed by trying every valid ID number
alter table case_parties add column id_number_lookup bytea;
alter table case_parties add column phone_lookup bytea;
create index case_parties_id_number_lookup_idx on case_parties (id_number_lookup);
create index case_parties_phone_lookup_idx on case_parties (phone_lookup);

comment on column case_parties.id_number is 'sealed (AES-256-GCM, privacy.FieldCipher)';
comment on column case_parties.phone is 'sealed (AES-256-GCM, privacy.FieldCipher)';
comment on column inbound_records.raw_content is 'sealed (AES-256-GCM); raw_sha256 is the hash of the plaintext';
comment on column inbound_records.canonical_record is 'sealed (AES-256-GCM); content_sha256 is the hash of the plaintext';
comment on column outbox_events.payload is 'sealed (AES-256-GCM): the CaseEvent envelope; relays open it before publishing';
comment on column attachment_contents.content is 'sealed (AES-256-GCM); sha256 is the hash of the plaintext';

-- Inbound records stay immutable evidence, with one exception: re-sealing (a key rotation, or sealing what
-- was stored in clear) may replace the two sealed columns, and nothing else, in a transaction that says so.
-- The plaintext does not change; raw_sha256 and content_sha256 still hash it, so anyone can check that.
create or replace function forbid_inbound_record_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and current_setting('hub.privacy_resealing', true) = 'on'
            and (to_jsonb(new) - 'raw_content' - 'canonical_record')
                = (to_jsonb(old) - 'raw_content' - 'canonical_record') then
        return new;
    end if;
    raise exception 'inbound records are immutable (% refused)', tg_op;
end;
$$;
