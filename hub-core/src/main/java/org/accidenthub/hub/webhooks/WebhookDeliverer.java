package org.accidenthub.hub.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.HttpRequest;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.accidenthub.hub.events.DecodedEvent;
import org.accidenthub.hub.events.EventCursor;
import org.accidenthub.hub.privacy.FieldCipher;
import org.accidenthub.hub.security.OrgType;
import org.accidenthub.schemas.v1.CaseEvent;

/**
 * Attempts due deliveries: signed POSTs on the event loop (Vert.x web client), outcomes recorded with
 * backoff or dead letter. Claiming is one statement that also pushes the claimed rows' next attempt past
 * a lease, so replicas never attempt the same delivery at once and a crashed attempt is retried.
 *
 * <p>Order: a delivery is due only when every earlier event of its case for the same subscription was
 * delivered; a dead earlier one holds the rest back until a replay re-arms it.
 */
@ApplicationScoped
class WebhookDeliverer {

    static final String DELIVERY_ID = "X-AccidentHub-Delivery-Id";
    static final String EVENT_ID = "X-AccidentHub-Event-Id";
    static final String EVENT_TYPE = "X-AccidentHub-Event-Type";
    static final String CASE_ID = "X-AccidentHub-Case-Id";
    static final String SEQUENCE = "X-AccidentHub-Sequence";
    static final String ATTEMPT = "X-AccidentHub-Attempt";

    private static final String CLAIM = """
            with due as (
                select d.id from webhook_deliveries d
                where d.status = 'PENDING' and d.next_attempt_at <= now()
                  and not exists (select 1 from webhook_deliveries earlier
                                  where earlier.subscription_id = d.subscription_id and earlier.case_id = d.case_id
                                    and earlier.sequence < d.sequence and earlier.status <> 'DELIVERED')
                order by d.next_attempt_at
                limit $1
                for update skip locked),
            claimed as (
                update webhook_deliveries d
                set attempts = d.attempts + 1, last_attempt_at = now(),
                    next_attempt_at = now() + cast($2 as bigint) * interval '1 millisecond'
                from due where d.id = due.id
                returning d.id, d.attempts, d.subscription_id, d.event_id)
            select c.id, c.attempts, s.url, s.secret, s.org_type, e.payload,
                   cast(cast(e.tx_id as text) as bigint), e.position
            from claimed c
            join webhook_subscriptions s on s.id = c.subscription_id
            join outbox_events e on e.id = c.event_id""";

    /** Outcomes apply only to the attempt that was claimed: a replay in between set attempts back to 0. */
    private static final String DELIVERED = "update webhook_deliveries set status = 'DELIVERED', delivered_at = now(),"
            + " last_response_status = $2, last_error = null where id = $1 and attempts = $3 and status = 'PENDING'";
    private static final String RETRY = "update webhook_deliveries set next_attempt_at = now() + cast($2 as bigint)"
            + " * interval '1 millisecond', last_response_status = $3, last_error = $4"
            + " where id = $1 and attempts = $5 and status = 'PENDING'";
    private static final String DEAD = "update webhook_deliveries set status = 'DEAD', last_response_status = $2,"
            + " last_error = $3 where id = $1 and attempts = $4 and status = 'PENDING'";

    private final Pool pool;
    private final WebClient client;
    private final WebhooksConfig config;
    private final WebhookTargets targets;
    private final WebhookPayloadFormats formats;
    private final RetrySchedule retries;
    private final Clock clock;
    private final MeterRegistry registry;
    private final FieldCipher cipher;

    WebhookDeliverer(Pool pool, Vertx vertx, WebhooksConfig config, WebhookTargets targets,
            WebhookPayloadFormats formats, Clock clock, MeterRegistry registry, FieldCipher cipher) {
        this.pool = pool;
        this.cipher = cipher;
        this.config = config;
        this.targets = targets;
        this.formats = formats;
        this.clock = clock;
        this.registry = registry;
        this.retries = new RetrySchedule(config.backoffBase(), config.backoffCap());
        // no redirects: a partner must not be able to point the hub somewhere else after the address check
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setUserAgent("AccidentHub-Webhooks/1")
                .setConnectTimeout((int) config.requestTimeout().toMillis())
                .setMaxPoolSize(config.concurrency()));
    }

    /** @return how many deliveries were attempted; a full batch means more may be due */
    Uni<Integer> deliverBatch() {
        long lease = config.requestTimeout().toMillis() + 30_000;
        return pool.preparedQuery(CLAIM).execute(Tuple.of(config.deliveryBatchSize(), lease))
                .map(rows -> {
                    List<ClaimedDelivery> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(claimed(row)));
                    return claimed;
                })
                .chain(claimed -> Multi.createFrom().iterable(claimed)
                        .onItem().transformToUni(this::attempt).merge(config.concurrency())
                        .collect().asList()
                        .replaceWith(claimed.size()));
    }

    private Uni<Void> attempt(ClaimedDelivery delivery) {
        DecodedEvent event = DecodedEvent.decode(delivery.envelope());
        WebhookPayloadFormat format = formats.of(delivery.orgType());
        byte[] body = format.body(event, delivery.cursor());
        return check(delivery.url())
                .chain(refusal -> refusal == null ? post(delivery, event.envelope(), format, body)
                        : Uni.createFrom().item(AttemptOutcome.failed(refusal)))
                .chain(outcome -> record(delivery, outcome))
                .onFailure().invoke(failure -> registry.counter("accidenthub.webhooks.attempts", "outcome", "error")
                        .increment())
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The address check again, as the host's addresses may have changed since the subscription was made. */
    private Uni<String> check(String url) {
        if (config.allowPrivateTargets()) {
            return Uni.createFrom().nullItem();
        }
        return OffTheEventLoop.call(() -> targets.refusal(url).map(refusal -> refusal.code() + ": " + refusal.message())
                .orElse(null));
    }

    private Uni<AttemptOutcome> post(ClaimedDelivery delivery, CaseEvent envelope, WebhookPayloadFormat format,
            byte[] body) {
        HttpRequest<Void> request = client.postAbs(delivery.url())
                .timeout(config.requestTimeout().toMillis())
                .as(BodyCodec.none())
                .putHeader(HttpHeaders.CONTENT_TYPE.toString(), format.mediaType())
                .putHeader(DELIVERY_ID, delivery.id().toString())
                .putHeader(EVENT_ID, envelope.getEventId())
                .putHeader(EVENT_TYPE, envelope.getEventType())
                .putHeader(CASE_ID, envelope.getCaseId())
                .putHeader(SEQUENCE, Long.toString(envelope.getSequence()))
                .putHeader(ATTEMPT, Integer.toString(delivery.attempt()))
                .putHeader(WebhookSignature.HEADER,
                        WebhookSignature.header(delivery.secret(), clock.instant().getEpochSecond(), body));
        return request.sendBuffer(Buffer.buffer(body))
                .map(response -> AttemptOutcome.answered(response.statusCode()))
                .onFailure().recoverWithItem(failure -> AttemptOutcome.failed(String.valueOf(failure.getMessage())));
    }

    private Uni<Void> record(ClaimedDelivery delivery, AttemptOutcome outcome) {
        Uni<?> update;
        String counted;
        if (outcome.delivered()) {
            counted = "delivered";
            update = pool.preparedQuery(DELIVERED).execute(Tuple.of(delivery.id(), outcome.status(), delivery.attempt()));
        } else if (delivery.attempt() >= config.maxAttempts()) {
            counted = "dead";
            update = pool.preparedQuery(DEAD).execute(Tuple.of(delivery.id(), outcome.status(), outcome.error(),
                    delivery.attempt()));
        } else {
            counted = "failed";
            long delay = retries.afterFailedAttempt(delivery.attempt()).toMillis();
            update = pool.preparedQuery(RETRY).execute(Tuple.of(delivery.id(), delay, outcome.status(),
                    outcome.error(), delivery.attempt()));
        }
        registry.counter("accidenthub.webhooks.attempts", "outcome", counted).increment();
        return update.replaceWithVoid();
    }

    /** The stored envelope is sealed (docs/SECURITY.md); the partner receives it as before. */
    private ClaimedDelivery claimed(Row row) {
        return new ClaimedDelivery(row.getUUID(0), row.getInteger(1), row.getString(2), row.getString(3),
                OrgType.valueOf(row.getString(4)), cipher.open(row.getBuffer(5).getBytes()),
                new EventCursor(row.getLong(6), row.getLong(7)));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
