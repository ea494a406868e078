package org.accidenthub.hub.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Test settings of the claims feature: the periodic breach scan is off, so that it never runs
 * while a test has moved the clock; tests call the scan themselves.
 */
public class ClaimsTestSettings implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("hub.claims.breach-scan.every", "off");
    }

    @Override
    public void stop() {
    }
}
