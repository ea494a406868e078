package org.accidenthub.hub.webhooks;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A partner's webhook endpoint on loopback: records every request, and fails the first ones on request. */
final class TestReceiver implements AutoCloseable {

    /** One request as it arrived (header names in lower case) and the status it was answered with. */
    record Received(Map<String, String> headers, byte[] body, int status) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        boolean accepted() {
            return status / 100 == 2;
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;
    private final HttpServer server;

    private TestReceiver(int failures) throws Exception {
        this.failuresLeft = new AtomicInteger(failures);
        this.server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            int status = failuresLeft.getAndUpdate(left -> Math.max(0, left - 1)) > 0 ? 503 : 204;
            Map<String, String> headers = new HashMap<>();
            request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(Locale.ROOT),
                    header.getValue()));
            received.add(new Received(headers, body.getBytes(), status));
            request.response().setStatusCode(status).end();
        })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static TestReceiver failingFirst(int attempts) throws Exception {
        return new TestReceiver(attempts);
    }

    static TestReceiver failingAlways() throws Exception {
        return new TestReceiver(Integer.MAX_VALUE);
    }

    void recover() {
        failuresLeft.set(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/accident-hub/events";
    }

    List<Received> all() {
        return List.copyOf(received);
    }

    List<Received> accepted() {
        return received.stream().filter(Received::accepted).toList();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
