package org.accidenthub.connectors.spi;

/**
 * Identifies the code that read a message; stored with every inbound record so that a stored
 * record can be traced to (and, if needed, re-read by) the connector version that made it.
 *
 * @param name    stable connector name, e.g. "police-accident-file"
 * @param version version of the mapping code (not of the partner format)
 */
public record ConnectorId(String name, String version) {

    @Override
    public String toString() {
        return name + "/" + version;
    }
}
