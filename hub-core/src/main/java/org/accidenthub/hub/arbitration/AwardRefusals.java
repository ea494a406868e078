package org.accidenthub.hub.arbitration;

import java.util.List;
import java.util.Set;
import org.accidenthub.connectors.arbitration.ArbitrationAwardConnector;
import org.accidenthub.connectors.arbitration.ArbitrationProblemCode;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.ProblemException;

/**
 * The answer to an award the connector refused, by what its codes say: too large before parsing is
 * 413; bytes that are not readable XML 1.0 in UTF-8 are 400 (the request itself is malformed);
 * everything else, XML the format forbids (a DOCTYPE, entities, caps, wrong content), is 422. Each
 * carries every problem with its path.
 */
final class AwardRefusals {

    private static final Set<String> NOT_XML = Set.of(ArbitrationProblemCode.INVALID_ENCODING.name(),
            ArbitrationProblemCode.UNSUPPORTED_XML_DECLARATION.name(), ArbitrationProblemCode.MALFORMED_XML.name());

    private AwardRefusals() {
    }

    static ProblemException of(Conversion<?> read) {
        List<Problem> errors = read.errors();
        if (errors.stream().anyMatch(p -> p.code().equals(ArbitrationProblemCode.MESSAGE_TOO_LARGE.name()))) {
            return ProblemException.tooLarge("an award may be at most " + ArbitrationAwardConnector.MAX_MESSAGE_BYTES + " bytes", errors);
        }
        if (errors.stream().anyMatch(p -> NOT_XML.contains(p.code()))) {
            return ProblemException.badRequest(errors);
        }
        return ProblemException.invalid(errors, read.warnings());
    }
}
