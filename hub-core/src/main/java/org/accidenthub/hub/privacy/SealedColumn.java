package org.accidenthub.hub.privacy;

import java.util.List;

/**
 * A column that holds personal data sealed by {@link FieldCipher}, and the lookup-hash column kept beside it.
 * The one list of them: the re-sealing job works through it, and docs/SECURITY.md names the same columns.
 *
 * @param key          the table's primary key column
 * @param lookupColumn the {@link LookupHash} column of the value, or null
 * @param lookupKind   {@code id} or {@code phone} ({@link LookupHash}), or null
 */
record SealedColumn(String table, String key, String column, String lookupColumn, String lookupKind) {

    static final List<SealedColumn> ALL = List.of(
            new SealedColumn("case_parties", "id", "id_number", "id_number_lookup", "id"),
            new SealedColumn("case_parties", "id", "phone", "phone_lookup", "phone"),
            new SealedColumn("inbound_records", "id", "raw_content", null, null),
            new SealedColumn("inbound_records", "id", "canonical_record", null, null),
            new SealedColumn("outbox_events", "id", "payload", null, null),
            new SealedColumn("attachment_contents", "sha256", "content", null, null));

    String name() {
        return table + "." + column;
    }
}
