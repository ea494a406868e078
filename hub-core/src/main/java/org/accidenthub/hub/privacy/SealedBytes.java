package org.accidenthub.hub.privacy;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.hibernate.annotations.Immutable;

/**
 * Maps a bytea column that holds personal data (a partner's file, a canonical record, an event, an
 * attachment) to its plaintext: sealed on write, opened on read. Immutable: the hub never changes these arrays in place, and Hibernate therefore needs
 * no snapshot copy (which it would otherwise make by sealing and opening once more).
 */
@Converter
@Immutable
public class SealedBytes implements AttributeConverter<byte[], byte[]> {

    /**
     * Looked up rather than injected: Hibernate Reactive instantiates converters itself in Quarkus 3.33, so
     * field injection is not done (the cipher stayed null). One lookup per converter instance.
     */
    private FieldCipher cipher;

    private FieldCipher cipher() {
        if (cipher == null) {
            cipher = Arc.container().instance(FieldCipher.class).get();
        }
        return cipher;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] plain) {
        return plain == null ? null : cipher().seal(plain);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] sealed) {
        return sealed == null ? null : cipher().open(sealed);
    }
}
