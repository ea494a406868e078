package org.accidenthub.hub.audit;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads request and response records without knowing their types, so the audit trail needs no
 * change when a feature adds an endpoint: a response record with a {@code caseId} names the case
 * it concerns (an upload receipt, a claim, a case view).
 */
final class RecordValues {

    private static final Map<Class<?>, Optional<Method>> CASE_ID_ACCESSORS = new ConcurrentHashMap<>();

    private RecordValues() {
    }

    /** The value of {@code caseId} when the object is a record with a UUID component of that name. */
    static UUID caseIdOf(Object entity) {
        if (entity == null || !entity.getClass().isRecord()) {
            return null;
        }
        return CASE_ID_ACCESSORS.computeIfAbsent(entity.getClass(), RecordValues::caseIdAccessor)
                .map(accessor -> invoke(accessor, entity))
                .map(UUID.class::cast)
                .orElse(null);
    }

    static Object valueOf(RecordComponent component, Object record) {
        Method accessor = component.getAccessor();
        return accessor.trySetAccessible() ? invoke(accessor, record) : null;
    }

    private static Optional<Method> caseIdAccessor(Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals("caseId") && component.getType() == UUID.class
                    && component.getAccessor().trySetAccessible()) {
                return Optional.of(component.getAccessor());
            }
        }
        return Optional.empty();
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }
}
