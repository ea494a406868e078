package org.accidenthub.connectors.spi;

import java.time.Instant;

/**
 * Facts about the delivery that rules may need but that are not in the message itself.
 *
 * @param receivedAt when the hub received the message (rules such as "not in the future" use it)
 */
public record ReadContext(Instant receivedAt) {
}
