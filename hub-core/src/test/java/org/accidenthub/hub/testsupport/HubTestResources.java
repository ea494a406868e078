package org.accidenthub.hub.testsupport;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The real things every hub test runs against: PostgreSQL and an OIDC server, plus the test
 * settings of features ({@link ClaimsTestSettings}). Declared once here; Quarkus applies them to
 * every test of the module.
 */
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
@QuarkusTestResource(ClaimsTestSettings.class)
public final class HubTestResources {

    private HubTestResources() {
    }
}
