package org.accidenthub.hub.problems;

import java.time.Instant;
import org.accidenthub.connectors.spi.Conversion;
import org.accidenthub.connectors.spi.InboundConnector;
import org.accidenthub.connectors.spi.ReadContext;

/**
 * A partner's message in its own format, read by its connector before anything else happens: over the size
 * limit it is 413 without being parsed, with any problem it is 422 naming every problem at its path (and
 * nothing is stored, since nothing has been touched yet). What is left is an accepted conversion, whose
 * warnings the answer carries.
 */
public final class PartnerMessages {

    private PartnerMessages() {
    }

    /**
     * @param what the message as the 413's detail names it, e.g. "an insurer message"
     */
    public static <R> Conversion<R> read(InboundConnector<R> connector, byte[] body, int maxBytes, String what,
            Instant now) {
        if (body != null && body.length > maxBytes) {
            throw ProblemException.tooLarge(what + " may be at most " + maxBytes + " bytes");
        }
        Conversion<R> read = connector.read(body, new ReadContext(now));
        if (!read.accepted()) {
            throw ProblemException.invalid(read.errors(), read.warnings());
        }
        return read;
    }
}
