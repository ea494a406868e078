package org.accidenthub.connectors.arbitration;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * Turns the bytes of a message into a tree of {@link XmlElement}s, reporting instead of throwing.
 *
 * <p>XML parsers resolve external entities, fetch DTDs and expand entities by default, which is
 * how XXE (reading local files, SSRF) and billion-laughs attacks work (OWASP XML External Entity
 * Prevention Cheat Sheet). This reader accepts none of it:
 * <ul>
 *   <li>it uses the JDK's own StAX parser ({@link XMLInputFactory#newDefaultFactory()}), not
 *       whatever implementation the classpath brings, so the settings below are known to work;</li>
 *   <li>DTD support is off, external entities are off, external DTD and schema access is the empty
 *       list, and the resolver refuses every lookup; on top of that any DOCTYPE at all ends reading
 *       with {@link ArbitrationProblemCode#DOCTYPE_NOT_ALLOWED}, so no declared entity can ever be
 *       expanded (billion laughs, quadratic blowup);</li>
 *   <li>StAX has no XInclude processing;</li>
 *   <li>the caller caps the bytes before this runs; depth, element count, attribute count, name
 *       and text lengths are capped here, each with its own code and the path reached.</li>
 * </ul>
 * Problem messages carry line and column, never the parser's own message, which may quote the
 * document (a file's content read through an entity, a name, personal data).
 */
final class SafeXmlReader {

    static final int MAX_DEPTH = 16;
    static final int MAX_ELEMENTS = 5_000;
    static final int MAX_ATTRIBUTES = 8;
    static final int MAX_NAME_LENGTH = 64;
    static final int MAX_ATTRIBUTE_LENGTH = 256;
    /** Characters of text in one element: the longest field (reasons, narrative) allows 20,000. */
    static final int MAX_TEXT_LENGTH = 20_000;

    static final String DOCUMENT_PATH = "/";

    private final ProblemCollector problems;
    private final Set<String> repeatable;

    /**
     * @param repeatable local names of the elements that may repeat: their paths carry a position
     */
    SafeXmlReader(ProblemCollector problems, Set<String> repeatable) {
        this.problems = problems;
        this.repeatable = Set.copyOf(repeatable);
    }

    /** The root element, or empty when the bytes are not an acceptable document (the problem is recorded). */
    Optional<XmlElement> read(byte[] bytes) {
        Optional<String> text = decodeUtf8(bytes);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        XMLStreamReader reader = null;
        try {
            reader = newFactory().createXMLStreamReader(new StringReader(text.get()));
            return new Walk(reader).root();
        } catch (Refused refused) {
            problems.error(refused.path, refused.code.name(), at(refused.location) + refused.getMessage());
            return Optional.empty();
        } catch (XMLStreamException | RuntimeException notWellFormed) {
            // The JDK parser reports some well-formedness errors as unchecked exceptions; both
            // mean the same to the sender. Its message may quote the document: not passed on.
            Location location = notWellFormed instanceof XMLStreamException stream ? stream.getLocation() : null;
            problems.error(DOCUMENT_PATH, ArbitrationProblemCode.MALFORMED_XML.name(), at(location)
                    + "not well-formed XML");
            return Optional.empty();
        } finally {
            close(reader);
        }
    }

    private static XMLInputFactory newFactory() {
        // a new factory per message: the JDK does not promise that a factory is thread-safe
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resources are never read");
        });
        return factory;
    }

    private Optional<String> decodeUtf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            problems.error(DOCUMENT_PATH, ArbitrationProblemCode.INVALID_ENCODING.name(),
                    "the message must be UTF-8 encoded");
            return Optional.empty();
        }
    }

    private static String at(Location location) {
        return location == null || location.getLineNumber() < 1
                ? ""
                : "line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException ignored) {
                // reading a String: nothing to release
            }
        }
    }

    /** One pass over the events, building the tree with an explicit stack (no recursion). */
    private final class Walk {
        private final XMLStreamReader reader;
        private final Deque<Open> open = new ArrayDeque<>();
        private XmlElement root;
        private int elements;

        Walk(XMLStreamReader reader) {
            this.reader = reader;
        }

        Optional<XmlElement> root() throws XMLStreamException {
            checkDeclaration();
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.DTD -> throw refuse(DOCUMENT_PATH, ArbitrationProblemCode.DOCTYPE_NOT_ALLOWED,
                            "a document type declaration (DOCTYPE) is not allowed");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw refuse(currentPath(),
                            ArbitrationProblemCode.ENTITY_NOT_ALLOWED,
                            "only the predefined entities and character references are allowed");
                    case XMLStreamConstants.START_ELEMENT -> start();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                        // comments and processing instructions carry nothing the format reads
                    }
                }
            }
            return Optional.ofNullable(root);
        }

        private void checkDeclaration() {
            String version = reader.getVersion();
            String encoding = reader.getCharacterEncodingScheme();
            if ((version != null && !version.equals("1.0"))
                    || (encoding != null && !encoding.equalsIgnoreCase("UTF-8"))) {
                throw refuse(DOCUMENT_PATH, ArbitrationProblemCode.UNSUPPORTED_XML_DECLARATION,
                        "the XML declaration must be <?xml version=\"1.0\" encoding=\"UTF-8\"?> or absent");
            }
        }

        private void start() {
            String name = reader.getLocalName();
            Open parent = open.peek();
            String path = (parent == null ? "" : parent.path) + "/" + limitedName(name, parent)
                    + position(parent, name);
            if (++elements > MAX_ELEMENTS) {
                throw refuse(path, ArbitrationProblemCode.TOO_MANY_ELEMENTS,
                        "a message may have at most " + MAX_ELEMENTS + " elements");
            }
            if (open.size() + 1 > MAX_DEPTH) {
                throw refuse(path, ArbitrationProblemCode.NESTING_TOO_DEEP,
                        "elements may be nested at most " + MAX_DEPTH + " levels deep");
            }
            String namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
            open.push(new Open(namespace, name, path, attributes(path)));
        }

        private String limitedName(String name, Open parent) {
            if (name.length() > MAX_NAME_LENGTH) {
                throw refuse(parent == null ? DOCUMENT_PATH : parent.path, ArbitrationProblemCode.TOO_LONG,
                        "an element name may have at most " + MAX_NAME_LENGTH + " characters");
            }
            return name;
        }

        private String position(Open parent, String name) {
            if (parent == null || !repeatable.contains(name)) {
                return "";
            }
            return "[" + parent.positions.merge(name, 1, Integer::sum) + "]";
        }

        private Map<String, String> attributes(String path) {
            int count = reader.getAttributeCount();
            if (count > MAX_ATTRIBUTES) {
                throw refuse(path, ArbitrationProblemCode.TOO_MANY_ATTRIBUTES,
                        "an element may have at most " + MAX_ATTRIBUTES + " attributes");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String prefix = reader.getAttributePrefix(i);
                String name = (prefix == null || prefix.isEmpty() ? "" : prefix + ":") + reader.getAttributeLocalName(i);
                String value = reader.getAttributeValue(i);
                if (name.length() > MAX_NAME_LENGTH || value.length() > MAX_ATTRIBUTE_LENGTH) {
                    throw refuse(path + "/@" + name.substring(0, Math.min(name.length(), MAX_NAME_LENGTH)),
                            ArbitrationProblemCode.TOO_LONG,
                            "attribute names may have at most " + MAX_NAME_LENGTH + " characters, values "
                                    + MAX_ATTRIBUTE_LENGTH);
                }
                attributes.put(name, value);
            }
            return attributes;
        }

        private void text() {
            Open current = open.peek();
            if (current == null) {
                return; // whitespace around the root; anything else is not well-formed and the parser says so
            }
            current.text.append(reader.getText());
            if (current.text.length() > MAX_TEXT_LENGTH * 2) {
                // UTF-16 units bound code points from above; the precise count is the field rule's job
                throw refuse(current.path, ArbitrationProblemCode.TOO_LONG,
                        "the text of one element may have at most " + MAX_TEXT_LENGTH + " characters");
            }
        }

        private void end() {
            Open closed = open.pop();
            XmlElement element = new XmlElement(closed.namespace, closed.name, closed.path, closed.attributes,
                    closed.children, closed.text.toString());
            if (open.isEmpty()) {
                root = element;
            } else {
                open.peek().children.add(element);
            }
        }

        private String currentPath() {
            return open.isEmpty() ? DOCUMENT_PATH : open.peek().path;
        }

        private Refused refuse(String path, ArbitrationProblemCode code, String message) {
            return new Refused(path, code, message, reader.getLocation());
        }
    }

    /** An element whose end tag has not been read yet. */
    private static final class Open {
        final String namespace;
        final String name;
        final String path;
        final Map<String, String> attributes;
        final List<XmlElement> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        final Map<String, Integer> positions = new HashMap<>();

        Open(String namespace, String name, String path, Map<String, String> attributes) {
            this.namespace = namespace;
            this.name = name;
            this.path = path;
            this.attributes = attributes;
        }
    }

    /** Ends reading at a limit or a forbidden construct. */
    private static final class Refused extends RuntimeException {
        private final String path;
        private final ArbitrationProblemCode code;
        private final transient Location location;

        Refused(String path, ArbitrationProblemCode code, String message, Location location) {
            super(message, null, false, false);
            this.path = path;
            this.code = code;
            this.location = location;
        }
    }
}
