package org.accidenthub.connectors.spi;

/**
 * Reads one partner's native message into a canonical Avro record.
 *
 * <p>Implementations are plain Java, thread-safe and side-effect free: they parse, validate
 * every field and cross-field rule of the partner format, and map. They never throw for bad
 * input; every problem is reported in the {@link Conversion}.
 *
 * @param <R> the canonical record type
 */
public interface InboundConnector<R> {

    ConnectorId id();

    Conversion<R> read(byte[] nativeMessage, ReadContext context);
}
