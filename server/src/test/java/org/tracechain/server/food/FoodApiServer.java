// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.food;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentity;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.json.InvalidEncodingException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.store.QueryStore;

/**
 * The food areas in an in-process Javalin on a port of this part's block (34000-34099, {@code
 * tracechain.it.basePort}), over the SDK on the fake gateway and the real foodtrace chaincode on an in-memory
 * ledger, with the in-memory query store. The problem bodies are a minimal stand-in for the server's own mapping
 * (RFC 9457 with {@code code} and the {@link ApiProblem}'s extension members).
 */
final class FoodApiServer implements AutoCloseable {

    final FakeGateway gateway;
    final InMemoryFoodChaincode chaincode;
    final LedgerClient client;
    final FoodTrace food;
    final InMemoryQueryStore store = new InMemoryQueryStore();
    final List<ApiRoutes> areas;
    /** Whether the caller's credential still authenticates (a test revokes it by setting false). */
    final AtomicBoolean credentialValid = new AtomicBoolean(true);
    /** Recall streams with small bounds and a quick heartbeat, so tests see them act. */
    final RecallUpdates updates = new RecallUpdates(FoodTrace.DEFAULT_CHANNEL, "foodtrace", 2, 3,
            Duration.ofMillis(200));
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    FoodApiServer(final InMemoryLedger ledger, final TestIdentity actingAs, final Path home) throws IOException {
        this(ledger, actingAs, home, null);
    }

    /** As above, the routes asking {@code queryStore} instead of the in-memory store (when not null). */
    FoodApiServer(final InMemoryLedger ledger, final TestIdentity actingAs, final Path home,
            final QueryStore queryStore) throws IOException {
        final QueryStore served = queryStore == null ? store : queryStore;
        gateway = FakeGateway.start();
        chaincode = new InMemoryFoodChaincode(ledger, actingAs).attach(gateway);
        client = LedgerClient.newBuilder()
                .identity(TestCredentials.identity(home, "producer", "processor", actingAs.mspId(), "processor"))
                .connection(gateway.channel()).connect();
        food = FoodTrace.of(client);
        final LedgerAccess access = new LedgerAccess() {
            @Override
            public Caller caller(final Context ctx) {
                return new Caller("producer", "processor", actingAs.mspId(), "processor");
            }

            @Override
            public BooleanSupplier credentialCheck(final Context ctx) {
                return credentialValid::get;
            }

            @Override
            public LedgerClient client(final Context ctx) {
                return client;
            }

            @Override
            public FoodTrace food(final Context ctx) {
                return food;
            }

            @Override
            public GovDirectory directory(final Context ctx) {
                throw new UnsupportedOperationException("no directory in the food tests");
            }

            @Override
            public QueryStore store() {
                return served;
            }
        };
        areas = List.of(new EpcisRoutes(access), new LotRoutes(access), new RecallRoutes(access, updates),
                new LotEventRoutes(access));
        app = Javalin.create(config -> {
            config.jsonMapper(new JsonMapper() {
                @Override
                public String toJsonString(final Object value, final Type type) {
                    return LedgerJson.toJson(value);
                }
            });
            areas.forEach(area -> area.register(config.routes));
            config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.code(), e.getMessage(),
                    e));
            config.routes.exception(LedgerException.class, (e, ctx) -> {
                final String code = e.code().orElse("LEDGER_UNAVAILABLE");
                final int status = code.endsWith("_NOT_FOUND") ? 404 : code.equals("ACCESS_DENIED")
                        || code.startsWith("NOT_") ? 403 : e.code().isPresent() ? 409 : 503;
                problem(ctx, status, code, e.getMessage(), null);
            });
            config.routes.exception(MalformedJsonException.class, (e, ctx) -> problem(ctx, 400, "MALFORMED_JSON",
                    e.getMessage(), null));
            config.routes.exception(InvalidEncodingException.class, (e, ctx) -> problem(ctx, 400,
                    "INVALID_ENCODING", e.getMessage(), null));
        }).start("127.0.0.1", 0); // the system picks a free port: a fixed one can be taken by a client socket
        base = "http://127.0.0.1:" + app.port();
    }

    private static void problem(final Context ctx, final int status, final String code, final String detail,
            final ApiProblem problem) {
        final ObjectNode body = LedgerJson.mapper().createObjectNode();
        body.put("type", "about:blank");
        body.put("title", code);
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        if (problem != null) {
            problem.extensions().forEach((name, value) -> body.set(name, LedgerJson.mapper().valueToTree(value)));
        }
        ctx.status(status).contentType("application/problem+json").result(LedgerJson.toBytes(body));
    }

    HttpResponse<String> get(final String pathAndQuery, final String accept) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    HttpResponse<String> post(final String path, final String contentType, final byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> postJson(final String path, final String body) {
        return post(path, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(final HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        updates.close();
        app.stop();
        client.close();
        gateway.close();
    }
}
