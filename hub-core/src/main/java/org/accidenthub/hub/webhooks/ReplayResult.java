package org.accidenthub.hub.webhooks;

/**
 * What a replay re-armed: {@code replayed} deliveries, and when the replay was cut at the limit,
 * {@code next}, the cursor to replay from (with {@code after=}) for the rest.
 */
public record ReplayResult(int replayed, String next) {
}
