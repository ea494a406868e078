package org.accidenthub.connectors.arbitration;

import java.util.Optional;
import org.accidenthub.connectors.spi.ProblemCollector;

/**
 * The root rules: the expected element in the format's namespace, and a formatVersion of
 * 1.&lt;minor&gt; (a higher minor only adds elements, reported as UNKNOWN_ELEMENT warnings).
 * Nothing else is checked when either fails: the document is another format.
 */
final class RootElement {

    private RootElement() {
    }

    static Optional<ElementFields> check(XmlElement root, String expectedName, ProblemCollector problems) {
        if (!root.isIn(ArbitrationXml.NAMESPACE) || !root.name().equals(expectedName)) {
            problems.error(root.path(), ArbitrationProblemCode.WRONG_ROOT_ELEMENT.name(), "the root element must be "
                    + expectedName + " in the namespace " + ArbitrationXml.NAMESPACE);
            return Optional.empty();
        }
        String version = root.attributes().get(ArbitrationXml.FORMAT_VERSION_ATTRIBUTE);
        String path = root.path() + "/@" + ArbitrationXml.FORMAT_VERSION_ATTRIBUTE;
        if (version == null) {
            problems.error(path, ArbitrationProblemCode.REQUIRED.name(), "the root must carry formatVersion=\"1.0\"");
            return Optional.empty();
        }
        if (!ArbitrationXml.ONE_X.matcher(version).matches()) {
            problems.error(path, ArbitrationProblemCode.UNSUPPORTED_FORMAT_VERSION.name(),
                    "this hub reads format 1.<minor> (e.g. \"1.0\"); other versions are not supported");
            return Optional.empty();
        }
        return Optional.of(new ElementFields(root, problems));
    }
}
