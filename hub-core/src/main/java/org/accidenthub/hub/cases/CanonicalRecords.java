package org.accidenthub.hub.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.accidenthub.schemas.CanonicalSchemas;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificData;
import org.accidenthub.schemas.v1.AccidentRecord;

/**
 * Canonical accident records in Avro single-object encoding (magic C3 01, the 8-byte
 * CRC-64-AVRO fingerprint of the writer schema, then the body): the form in which the hub
 * stores and publishes them, so any Avro consumer can resolve the schema by fingerprint.
 */
public final class CanonicalRecords {

    /** Fingerprint of the schema this build writes with. */
    public static final long WRITER_FINGERPRINT = CanonicalSchemas.fingerprint(AccidentRecord.getClassSchema());

    /**
     * Reads every released version of the schema (the history ships in the schemas jar). The
     * model is bound to the class loader of the generated classes: Avro would otherwise look
     * them up through the thread's context loader, which in Quarkus' test mode is another one.
     */
    private static final BinaryMessageDecoder<AccidentRecord> DECODER = decoder(AccidentRecord.getClassSchema());

    private CanonicalRecords() {
    }

    public static byte[] encode(AccidentRecord record) {
        return singleObject(record::toByteBuffer);
    }

    /** A generated record's single-object encoding ({@code toByteBuffer}) as a byte array. */
    public static byte[] singleObject(Encoding encoding) {
        try {
            ByteBuffer buffer = encoding.toByteBuffer();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException impossible) {
            throw new UncheckedIOException("encoding into memory cannot fail", impossible);
        }
    }

    /** The {@code toByteBuffer} method every generated record has. */
    @FunctionalInterface
    public interface Encoding {
        ByteBuffer toByteBuffer() throws IOException;
    }

    /** A decoder into the generated class of {@code readerSchema} that reads every released version. */
    public static <T> BinaryMessageDecoder<T> decoder(Schema readerSchema) {
        return new BinaryMessageDecoder<>(specificModel(), readerSchema, CanonicalSchemas.newSchemaStore());
    }

    private static SpecificData specificModel() {
        SpecificData model = new SpecificData(AccidentRecord.class.getClassLoader());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        return model;
    }

    public static AccidentRecord decode(byte[] singleObject) {
        try {
            return DECODER.decode(singleObject);
        } catch (IOException corrupt) {
            throw new UncheckedIOException("stored canonical record cannot be decoded", corrupt);
        }
    }
}
