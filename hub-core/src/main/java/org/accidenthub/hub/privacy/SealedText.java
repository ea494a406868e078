package org.accidenthub.hub.privacy;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Maps a bytea column holding a sealed personal value (ID number, phone) to its text. See {@link SealedBytes}. */
@Converter
public class SealedText implements AttributeConverter<String, byte[]> {

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
    public byte[] convertToDatabaseColumn(String plain) {
        return cipher().sealText(plain);
    }

    @Override
    public String convertToEntityAttribute(byte[] sealed) {
        return cipher().openText(sealed);
    }
}
