package org.accidenthub.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.accidenthub.schemas.v1.AccidentRecord;
import org.accidenthub.schemas.v1.CaseEvent;
import org.accidenthub.schemas.v1.InsurancePolicy;
import org.accidenthub.schemas.v1.Vehicle;
import org.apache.avro.AvroTypeException;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;

/**
 * Avro single-object encoding of the canonical records: C3 01, fingerprint (LE), body.
 *
 * <p>Decoded records are compared field by field ({@code usingRecursiveComparison}), not with
 * {@code equals}: Avro 1.12 decodes arrays into {@code GenericData.Array}, whose {@code equals}
 * compares with {@code GenericData.get()}, which knows no logical-type conversions and throws on
 * a nullable {@code date} inside a {@code Party} ("Unknown datum type java.time.LocalDate").
 */
class SingleObjectEncodingTest {

    /** A reader that knows only two fields of AccidentRecord and nothing of its writer schema. */
    private static final Schema PROJECTION = new Schema.Parser().parse("""
            {"type": "record", "name": "AccidentRecord", "namespace": "org.accidenthub.schemas.v1",
             "fields": [
               {"name": "source", "type": {"type": "record", "name": "Source",
                                           "fields": [{"name": "reportNumber", "type": "string"}]}},
               {"name": "narrative", "type": "string"}]}
            """);

    private final AccidentRecord record = SampleRecords.accidentRecord();

    @Test
    void encodedRecordStartsWithTheSingleObjectMagicBytes() throws IOException {
        byte[] bytes = encode(record);

        assertThat(Arrays.copyOfRange(bytes, 0, 2)).containsExactly(0xC3, 0x01);
    }

    @Test
    void encodedRecordCarriesTheLittleEndianFingerprintOfAccidentRecord() throws IOException {
        byte[] bytes = encode(record);

        assertThat(Arrays.copyOfRange(bytes, 2, 10))
                .isEqualTo(littleEndian(CanonicalSchemas.fingerprint(AccidentRecord.getClassSchema())));
    }

    @Test
    void encodedCaseEventCarriesTheLittleEndianFingerprintOfCaseEvent() throws IOException {
        byte[] bytes = bytes(SampleRecords.caseEvent(record).toByteBuffer());

        assertThat(Arrays.copyOfRange(bytes, 2, 10))
                .isEqualTo(littleEndian(CanonicalSchemas.fingerprint(CaseEvent.getClassSchema())));
    }

    @Test
    void fullyPopulatedRecordDecodesToAnEqualRecord() throws IOException {
        AccidentRecord decoded = AccidentRecord.fromByteBuffer(record.toByteBuffer());

        assertThat(decoded).usingRecursiveComparison().isEqualTo(record);
    }

    @Test
    void caseEventWrappingARecordDecodesToAnEqualEvent() throws IOException {
        CaseEvent event = SampleRecords.caseEvent(record);

        CaseEvent decoded = CaseEvent.fromByteBuffer(event.toByteBuffer());

        assertThat(decoded).usingRecursiveComparison().isEqualTo(event);
        assertThat(AccidentRecord.fromByteBuffer(decoded.getPayload())).usingRecursiveComparison().isEqualTo(record);
    }

    @Test
    void decoderBuiltFromTheSchemaStoreReadsTheRecordIntoAReaderSchemaOfItsOwn() throws IOException {
        BinaryMessageDecoder<GenericRecord> decoder =
                new BinaryMessageDecoder<>(GenericData.get(), PROJECTION, CanonicalSchemas.newSchemaStore());

        GenericRecord decoded = decoder.decode(encode(record));

        assertThat(decoded.get("narrative")).hasToString(SampleRecords.NARRATIVE);
        assertThat(((GenericRecord) decoded.get("source")).get("reportNumber")).hasToString("4117022025000123");
    }

    @Test
    void decoderWhoseStoreLacksTheWriterSchemaThrowsMissingSchemaException() throws IOException {
        BinaryMessageDecoder<GenericRecord> decoder =
                new BinaryMessageDecoder<>(GenericData.get(), PROJECTION, new SchemaStore.Cache());
        byte[] bytes = encode(record);

        assertThatThrownBy(() -> decoder.decode(bytes))
                .isExactlyInstanceOf(MissingSchemaException.class)
                .hasMessageContaining("fingerprint");
    }

    @Test
    void corruptedMagicBytesAreRejectedWithBadHeaderException() throws IOException {
        byte[] bytes = encode(record);
        bytes[1] = 0x02;

        assertThatThrownBy(() -> storeDecoder().decode(bytes))
                .isExactlyInstanceOf(BadHeaderException.class);
    }

    @Test
    void corruptedFingerprintIsRejectedWithMissingSchemaException() throws IOException {
        byte[] bytes = encode(record);
        bytes[5] ^= (byte) 0xFF;

        assertThatThrownBy(() -> storeDecoder().decode(bytes))
                .isExactlyInstanceOf(MissingSchemaException.class);
    }

    @Test
    void headerCutShortIsRejectedWithBadHeaderException() throws IOException {
        byte[] bytes = Arrays.copyOf(encode(record), 6);

        assertThatThrownBy(() -> storeDecoder().decode(bytes))
                .isExactlyInstanceOf(BadHeaderException.class);
    }

    @Test
    void caseEventBytesAreNotReadAsAnAccidentRecord() throws IOException {
        byte[] bytes = bytes(SampleRecords.caseEvent(record).toByteBuffer());

        assertThatThrownBy(() -> storeDecoder().decode(bytes))
                .isInstanceOf(AvroTypeException.class);
    }

    @Test
    void recordWrittenWithFrozenV1DecodesIntoTheCurrentClass() throws IOException {
        Schema v1 = CanonicalSchemas.frozenVersions(AccidentRecord.getClassSchema().getFullName()).get(0);
        GenericRecord written = frozenV1Record(v1);
        ByteBuffer bytes = new BinaryMessageEncoder<GenericRecord>(genericDataWithLogicalTypes(), v1)
                .encode(written);

        AccidentRecord decoded = storeDecoder().decode(bytes);

        assertThat(decoded.getNarrative()).isEqualTo("豫Q12345与行人发生碰撞。");
        assertThat(decoded.getOccurredAt()).isEqualTo(Instant.parse("2024-12-31T23:59:59.999Z"));
        assertThat(decoded.getParties().get(0).getName()).isEqualTo("张伟");
        assertThat(decoded.getParties().get(0).getBirthDate()).isEqualTo(LocalDate.of(1990, 1, 2));
        assertThat(decoded.getVehicles().get(0).getPlate()).isEqualTo("豫Q12345");
        assertThat(decoded.getVehicles().get(0).getPolicies().get(0).getCoverLimit())
                .isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void coverLimitIsReadBackWithTwoDecimalPlaces() throws IOException {
        AccidentRecord withWholeYuan = withCoverLimit(new BigDecimal("1000000"));

        AccidentRecord decoded = AccidentRecord.fromByteBuffer(withWholeYuan.toByteBuffer());

        assertThat(decoded.getVehicles().get(0).getPolicies().get(0).getCoverLimit())
                .isEqualTo(new BigDecimal("1000000.00"));
    }

    @Test
    void coverLimitWithMoreThanTwoDecimalPlacesCannotBeEncoded() {
        AccidentRecord withFractionOfAFen = withCoverLimit(new BigDecimal("1000000.005"));

        assertThatThrownBy(withFractionOfAFen::toByteBuffer).isInstanceOf(AvroTypeException.class);
    }

    private AccidentRecord withCoverLimit(BigDecimal limit) {
        Vehicle vehicle = record.getVehicles().get(0);
        InsurancePolicy policy = InsurancePolicy.newBuilder(vehicle.getPolicies().get(0))
                .setCoverLimit(limit)
                .build();
        return AccidentRecord.newBuilder(record)
                .setVehicles(List.of(Vehicle.newBuilder(vehicle).setPolicies(List.of(policy)).build()))
                .build();
    }

    private static BinaryMessageDecoder<AccidentRecord> storeDecoder() {
        return AccidentRecord.createDecoder(CanonicalSchemas.newSchemaStore());
    }

    private static byte[] encode(AccidentRecord record) throws IOException {
        return bytes(AccidentRecord.getEncoder().encode(record));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private static byte[] littleEndian(long fingerprint) {
        return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(fingerprint).array();
    }

    private static GenericData genericDataWithLogicalTypes() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        return model;
    }

    /** A record built only from the frozen v1 schema, as a partner on release 1 would write it. */
    private static GenericRecord frozenV1Record(Schema v1) {
        Schema party = schemaOf(v1, "parties");
        Schema vehicle = schemaOf(v1, "vehicles");
        Schema policy = schemaOf(vehicle, "policies");
        return new GenericRecordBuilder(v1)
                .set("source", new GenericRecordBuilder(schemaOf(v1, "source"))
                        .set("system", "ZMD-ACCIDENT-2")
                        .set("unitCode", "411702000000")
                        .set("reportNumber", "4117022024009999")
                        .set("format", "police-accident-file/1.0")
                        .build())
                .set("procedure", symbol(v1, "procedure", "SIMPLE"))
                .set("occurredAt", Instant.parse("2024-12-31T23:59:59.999Z"))
                .set("location", new GenericRecordBuilder(schemaOf(v1, "location"))
                        .set("address", "驻马店市驿城区解放路")
                        .build())
                .set("environment", new GenericRecordBuilder(schemaOf(v1, "environment")).build())
                .set("level", symbol(v1, "level", "MINOR"))
                .set("form", symbol(v1, "form", "HIT_PEDESTRIAN"))
                .set("narrative", "豫Q12345与行人发生碰撞。")
                .set("parties", List.of(new GenericRecordBuilder(party)
                        .set("ref", "P1")
                        .set("role", symbol(party, "role", "DRIVER"))
                        .set("name", "张伟")
                        .set("idType", symbol(party, "idType", "RESIDENT_ID"))
                        .set("idNumber", "41170219900102001X")
                        .set("birthDate", LocalDate.of(1990, 1, 2))
                        .set("injury", symbol(party, "injury", "NONE"))
                        .build()))
                .set("vehicles", List.of(new GenericRecordBuilder(vehicle)
                        .set("ref", "V1")
                        .set("plate", "豫Q12345")
                        .set("category", symbol(vehicle, "category", "CAR"))
                        .set("motorVehicle", true)
                        .set("policies", List.of(new GenericRecordBuilder(policy)
                                .set("kind", symbol(policy, "kind", "COMMERCIAL_THIRD_PARTY"))
                                .set("insurerCode", "PICC-HA")
                                .set("policyNumber", "PDAA202441170000000001")
                                .set("validFrom", LocalDate.of(2024, 1, 1))
                                .set("validTo", LocalDate.of(2024, 12, 31))
                                .set("coverLimit", new BigDecimal("1000000.00"))
                                .build()))
                        .build()))
                .build();
    }

    /** The record, enum or element schema of a field, looking through nullable unions and arrays. */
    private static Schema schemaOf(Schema record, String field) {
        Schema schema = record.getField(field).schema();
        if (schema.getType() == Schema.Type.UNION) {
            schema = schema.getTypes().stream().filter(s -> s.getType() != Schema.Type.NULL).findFirst().orElseThrow();
        }
        return schema.getType() == Schema.Type.ARRAY ? schema.getElementType() : schema;
    }

    private static GenericData.EnumSymbol symbol(Schema record, String field, String symbol) {
        return new GenericData.EnumSymbol(schemaOf(record, field), symbol);
    }
}
