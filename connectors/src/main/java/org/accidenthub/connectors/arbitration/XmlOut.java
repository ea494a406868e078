package org.accidenthub.connectors.arbitration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one message of the format: UTF-8, the format's namespace as the default namespace,
 * two spaces of indentation, optional elements left out when they have no value.
 *
 * <p>XML 1.0 cannot carry most C0 control characters or unpaired surrogates at all (not even
 * escaped); such a character in a canonical string is written as U+FFFD so that the message
 * stays well-formed (format page, "Writing rules").
 */
final class XmlOut {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final XMLStreamWriter writer;
    private int depth;

    private XmlOut(String root) throws XMLStreamException {
        writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
        writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        writer.writeCharacters("\n");
        writer.setDefaultNamespace(ArbitrationXml.NAMESPACE);
        writer.writeStartElement(ArbitrationXml.NAMESPACE, root);
        writer.writeDefaultNamespace(ArbitrationXml.NAMESPACE);
        writer.writeAttribute(ArbitrationXml.FORMAT_VERSION_ATTRIBUTE, ArbitrationXml.FORMAT_VERSION);
        depth = 1;
    }

    /** The document with {@code root} as its root element, its content written by {@code body}. */
    static byte[] document(String root, Consumer<XmlOut> body) {
        try {
            XmlOut out = new XmlOut(root);
            body.accept(out);
            out.writer.writeCharacters("\n");
            out.writer.writeEndElement();
            out.writer.writeEndDocument();
            out.writer.writeCharacters("\n");
            out.writer.close();
            return out.bytes.toByteArray();
        } catch (XMLStreamException e) {
            // writing to memory cannot fail for I/O; this would be a bug in the writer
            throw new IllegalStateException("cannot write " + root, e);
        }
    }

    /** An element holding other elements. */
    XmlOut group(String name, Consumer<XmlOut> content) {
        try {
            indent();
            writer.writeStartElement(ArbitrationXml.NAMESPACE, name);
            depth++;
            content.accept(this);
            depth--;
            indent();
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }

    /** A container of items, left out when there are none. */
    <T> XmlOut list(String container, String item, List<T> items, java.util.function.BiConsumer<XmlOut, T> content) {
        if (!items.isEmpty()) {
            group(container, out -> items.forEach(each -> out.group(item, inner -> content.accept(inner, each))));
        }
        return this;
    }

    /** An element holding text, left out when the value is null. */
    XmlOut leaf(String name, Object value) {
        if (value == null) {
            return this;
        }
        try {
            indent();
            writer.writeStartElement(ArbitrationXml.NAMESPACE, name);
            writer.writeCharacters(xmlSafe(text(value)));
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + name, e);
        }
    }

    private static String text(Object value) {
        if (value instanceof Instant instant) {
            return DATE_TIME.format(instant.atOffset(ArbitrationXml.CHINA_STANDARD_TIME));
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.setScale(2).toPlainString();
        }
        return value.toString();
    }

    private void indent() throws XMLStreamException {
        writer.writeCharacters("\n" + "  ".repeat(depth));
    }

    /** Replaces what XML 1.0 cannot carry (section 2.2, Char) with U+FFFD. */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int width = Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (safe != null) {
                if (allowed) {
                    safe.appendCodePoint(c);
                } else {
                    safe.append('\uFFFD');
                }
            }
            i += width;
        }
        return safe == null ? text : safe.toString();
    }
}
