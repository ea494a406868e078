package org.accidenthub.hub.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.accidenthub.connectors.spi.Problem;
import org.accidenthub.hub.problems.UniqueViolation;
import org.accidenthub.hub.problems.ProblemException;
import org.accidenthub.hub.security.Caller;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The one mechanism for idempotent consumption of partner writes (issue 5 item 6): a write that
 * carries a sender-chosen key runs once per (sender organisation, channel, key). Its answer is stored
 * in the transaction of its effect, so that either both are kept or neither; a resend with the same
 * key and the same request answers that stored answer byte for byte and changes nothing (no second
 * event, no second payment); the same key with another request is 409. A write that fails (422, 404,
 * 409) stores nothing, so a corrected resend under the same key runs.
 *
 * <p>The effect's own transaction joins the one opened here (Hibernate Reactive reuses the session and
 * transaction of the current Vert.x context). Two first sends racing with one key: the loser's insert
 * hits the unique constraint, its whole transaction (effect included) rolls back, and it runs once more
 * and finds the winner's answer.
 */
@ApplicationScoped
public class IdempotentWrites {

    /** Channels: which kind of key a sender used. */
    public static final String INSURER_MESSAGE = "insurer-message";
    public static final String IDEMPOTENCY_KEY = "idempotency-key";
    public static final String MEDIATION_MESSAGE = "mediation-message";

    /** The header of the JSON APIs (IETF draft "The Idempotency-Key HTTP Header Field"). */
    public static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");

    private final Mutiny.SessionFactory sessions;
    private final ObjectMapper json;
    private final Clock clock;

    IdempotentWrites(Mutiny.SessionFactory sessions, ObjectMapper json, Clock clock) {
        this.sessions = sessions;
        this.json = json;
        this.clock = clock;
    }

    /** An Idempotency-Key header as sent; 400 at {@code /headers/Idempotency-Key} when it is not a usable key. */
    public static String checkedHeader(String key) {
        if (key != null && !KEY.matcher(key).matches()) {
            throw ProblemException.badRequest(List.of(new Problem("/headers/" + HEADER, "PATTERN_MISMATCH",
                    "an idempotency key is 1 to 64 visible ASCII characters")));
        }
        return key;
    }

    /**
     * Runs {@code effect} once for the key, or answers as its first run did.
     *
     * @param key    null: no idempotency asked for; the effect runs and answers as it is
     * @param method the HTTP method, with {@code path} and {@code body} what makes a request "the same"
     */
    public Uni<Response> once(Caller sender, String channel, String key, String method, String path, byte[] body,
            Supplier<Uni<Answer>> effect) {
        if (key == null) {
            return effect.get().map(answer -> response(answer.status(), serialise(answer.entity()),
                    answer.location()));
        }
        byte[] hash = RequestHash.of(method, path, body);
        return attempt(sender, channel, key, hash, effect)
                .onFailure(UniqueViolation::test).recoverWithUni(() -> attempt(sender, channel, key, hash, effect));
    }

    private Uni<Response> attempt(Caller sender, String channel, String key, byte[] hash,
            Supplier<Uni<Answer>> effect) {
        return sessions.withTransaction(session -> stored(session, sender, channel, key).chain(earlier -> {
            if (earlier != null) {
                return Uni.createFrom().item(replay(earlier, hash, channel, key));
            }
            return effect.get().chain(answer -> {
                IdempotentRequest row = row(sender, channel, key, hash, answer);
                return session.persist(row).call(session::flush).replaceWith(() -> response(row));
            });
        }));
    }

    private static Uni<IdempotentRequest> stored(Mutiny.Session session, Caller sender, String channel, String key) {
        return session.createSelectionQuery("from IdempotentRequest r where r.orgType = :type and r.orgCode = :code"
                        + " and r.channel = :channel and r.key = :key", IdempotentRequest.class)
                .setParameter("type", sender.orgType().name())
                .setParameter("code", sender.orgCode())
                .setParameter("channel", channel)
                .setParameter("key", key)
                .getSingleResultOrNull();
    }

    private static Response replay(IdempotentRequest earlier, byte[] hash, String channel, String key) {
        if (!MessageDigest.isEqual(earlier.requestHash, hash)) {
            String what = INSURER_MESSAGE.equals(channel) || MEDIATION_MESSAGE.equals(channel) ? "messageId "
                    : "Idempotency-Key ";
            throw ProblemException.conflict(what + key + " was used before for another request; a resend must repeat "
                    + "the first request exactly, a new request needs a new key");
        }
        return response(earlier);
    }

    private IdempotentRequest row(Caller sender, String channel, String key, byte[] hash, Answer answer) {
        IdempotentRequest row = new IdempotentRequest();
        row.id = UUID.randomUUID();
        row.orgType = sender.orgType().name();
        row.orgCode = sender.orgCode();
        row.channel = channel;
        row.key = key;
        row.requestHash = hash;
        row.answerStatus = answer.status();
        row.answerBody = serialise(answer.entity());
        row.answerLocation = answer.location() == null ? null : answer.location().toString();
        row.answeredAt = clock.instant();
        return row;
    }

    private static Response response(IdempotentRequest row) {
        return response(row.answerStatus, row.answerBody,
                row.answerLocation == null ? null : URI.create(row.answerLocation));
    }

    /** The first answer and every replay are built from the same bytes, so they are the same. */
    private static Response response(int status, byte[] body, URI location) {
        Response.ResponseBuilder answer = Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
        if (location != null) {
            answer.location(location);
        }
        return answer.build();
    }

    private byte[] serialise(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("answers are plain records", impossible);
        }
    }
}
