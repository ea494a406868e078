package org.accidenthub.connectors.arbitration;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.accidenthub.connectors.spi.ConnectorId;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.InboundConnector;
import org.accidenthub.connectors.spi.ProblemCollector;
import org.accidenthub.connectors.spi.ReadContext;
import org.accidenthub.schemas.v1.ArbitrationAward;

/**
 * Reads an arbitration commission's award (XML, docs/formats/arbitration-messages.md) into the
 * canonical {@link ArbitrationAward}: who pays whom how much.
 *
 * <p>Three steps, each collecting every problem it finds: the byte cap (before any parsing),
 * the hardened parse ({@link SafeXmlReader}: no DTD, no entities, depth, element and length
 * caps), then every element by its rule and the rules between elements. Only an award without
 * errors is mapped. Thread-safe and stateless; never throws for any input.
 */
public final class ArbitrationAwardConnector implements InboundConnector<ArbitrationAward> {

    public static final ConnectorId ID = new ConnectorId("arbitration-award", "1.0.0");

    /** The largest award accepted: 256 KiB, ten times a 100-payment award with 20,000 characters of reasons. */
    public static final int MAX_MESSAGE_BYTES = 256 * 1024;

    static final String ROOT = "award";

    /** The elements that may repeat; their paths carry a position, e.g. /award/payments/payment[2]. */
    private static final Set<String> REPEATABLE = Set.of("payment", "arbitrator");

    @Override
    public ConnectorId id() {
        return ID;
    }

    @Override
    public Conversion<ArbitrationAward> read(byte[] nativeMessage, ReadContext context) {
        Objects.requireNonNull(context, "context");
        ProblemCollector problems = new ProblemCollector();
        byte[] bytes = nativeMessage == null ? new byte[0] : nativeMessage;
        if (bytes.length > MAX_MESSAGE_BYTES) {
            problems.error(SafeXmlReader.DOCUMENT_PATH, ArbitrationProblemCode.MESSAGE_TOO_LARGE.name(),
                    "the award has " + bytes.length + " bytes; at most " + MAX_MESSAGE_BYTES + " are accepted");
            return problems.conclude(null);
        }
        Optional<ElementFields> award = new SafeXmlReader(problems, REPEATABLE).read(bytes)
                .flatMap(root -> RootElement.check(root, ROOT, problems));
        if (award.isEmpty()) {
            return problems.conclude(null);
        }
        ArbitrationAward read = AwardReader.read(award.get(), context);
        return problems.conclude(problems.hasErrors() ? null : read);
    }
}
