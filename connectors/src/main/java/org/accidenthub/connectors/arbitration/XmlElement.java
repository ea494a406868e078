package org.accidenthub.connectors.arbitration;

import java.util.List;
import java.util.Map;

/**
 * One element of a parsed message, with the XPath-like path problems are reported at
 * ({@code /award/payments/payment[2]/amount}: a repeatable element carries its 1-based position).
 *
 * @param namespace  the element's namespace URI, "" for none
 * @param name       the local name
 * @param path       where it is in the document
 * @param attributes unqualified attributes by local name (qualified ones are kept under {prefix}:{name})
 * @param children   child elements in document order
 * @param text       the element's own text (character data and CDATA), untrimmed
 */
record XmlElement(String namespace, String name, String path, Map<String, String> attributes,
        List<XmlElement> children, String text) {

    XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    boolean hasText() {
        return !text.isBlank();
    }

    boolean isIn(String expectedNamespace) {
        return namespace.equals(expectedNamespace);
    }
}
