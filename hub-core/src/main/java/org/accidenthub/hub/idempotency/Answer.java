package org.accidenthub.hub.idempotency;

import java.net.URI;

/**
 * What a write answers: status, the entity (serialised as JSON) and, for 201, its Location.
 *
 * @param location null when the answer has none
 */
public record Answer(int status, Object entity, URI location) {

    public static Answer ok(Object entity) {
        return new Answer(200, entity, null);
    }

    public static Answer created(URI location, Object entity) {
        return new Answer(201, entity, location);
    }
}
