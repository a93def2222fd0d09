// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.json.InvalidEncodingException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.model.json.MalformedJsonException;
import org.tracechain.server.auth.Caller;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.store.QueryStore;

/**
 * The directory routes in an in-process Javalin on a free port, over {@link InMemoryGovDir},
 * with a java.net.http client. Authentication and problem bodies are the server's (core) job; here a bearer token
 * is simply the test user's name, and refusals become minimal problem bodies carrying status and code, with the
 * govdir codes mapped as the tests expect ({@code ACCESS_DENIED} 403, {@code ..._NOT_FOUND} 404).
 */
final class DirectoryServer implements AutoCloseable {


    private final InMemoryGovDir directory;
    private final Javalin app;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DirectoryServer(final Path home) throws Exception {
        this.directory = new InMemoryGovDir(home).configured();
        final TestAccess access = new TestAccess(directory);
        this.app = start(new DirectoryRoutes(access), access);
    }

    private static Javalin start(final DirectoryRoutes routes, final TestAccess access) {
        {
            final Javalin app = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.host = "127.0.0.1";
                config.jsonMapper(new LedgerJsonMapper());
                config.routes.before(access::user);
                config.routes.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.code(), e.getMessage()));
                config.routes.exception(InvalidEncodingException.class,
                        (e, ctx) -> problem(ctx, 400, "INVALID_ENCODING", e.getMessage()));
                config.routes.exception(MalformedJsonException.class,
                        (e, ctx) -> problem(ctx, 400, "MALFORMED_JSON", e.getMessage()));
                config.routes.exception(LedgerException.class, (e, ctx) -> {
                    final String code = e.code().orElse("LEDGER_ERROR");
                    problem(ctx, status(code), code, e.getMessage());
                });
                routes.register(config.routes);
            });
            // Port 0: the system picks a free one (a fixed port above 32767 can be taken by any client socket).
            return app.start(0);
        }
    }

    private static int status(final String code) {
        if (code.equals("ACCESS_DENIED")) {
            return 403;
        }
        if (code.endsWith("_NOT_FOUND")) {
            return 404;
        }
        if (code.endsWith("_ALREADY_EXISTS") || code.equals("VERSION_CONFLICT") || code.equals("REQUEST_NOT_PENDING")) {
            return 409;
        }
        return 422;
    }

    private static void problem(final Context ctx, final int status, final String code, final String detail) {
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("code", code);
        body.put("detail", detail);
        ctx.status(status).contentType("application/problem+json").result(LedgerJson.toJson(body));
    }

    InMemoryGovDir directory() {
        return directory;
    }

    int port() {
        return app.port();
    }

    // ---- the client side -----------------------------------------------------------------------------

    HttpResponse<String> get(final String token, final String path) throws IOException, InterruptedException {
        return send(token, "GET", path, null, Map.of());
    }

    HttpResponse<String> get(final String token, final String path, final String accept)
            throws IOException, InterruptedException {
        return send(token, "GET", path, null, accept == null ? Map.of() : Map.of("Accept", accept));
    }

    HttpResponse<String> post(final String token, final String path, final Object body)
            throws IOException, InterruptedException {
        return send(token, "POST", path, bytes(body), Map.of("Content-Type", "application/json"));
    }

    HttpResponse<String> put(final String token, final String path, final Object body)
            throws IOException, InterruptedException {
        return send(token, "PUT", path, bytes(body), Map.of("Content-Type", "application/json"));
    }

    /** A body as given: raw bytes, text as UTF-8, anything else in the canonical codec. */
    private static byte[] bytes(final Object body) {
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return LedgerJson.toBytes(body);
    }

    HttpResponse<String> send(final String token, final String method, final String path, final byte[] body,
            final Map<String, String> headers) throws IOException, InterruptedException {
        final HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends a request exactly as written and returns the whole answer (the connection is closed by the server). */
    String raw(final String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        app.stop();
        directory.close();
    }

    /** The server's LedgerAccess as the core part provides it, reduced to what the directory routes use. */
    private static final class TestAccess implements LedgerAccess {
        private final InMemoryGovDir directory;

        TestAccess(final InMemoryGovDir directory) {
            this.directory = directory;
        }

        /** Also the before-handler: an unknown token is refused before any route runs. */
        InMemoryGovDir.User user(final Context ctx) {
            final String header = ctx.header("Authorization");
            final InMemoryGovDir.User user = header == null || !header.startsWith("Bearer ") ? null
                    : directory.byToken(header.substring("Bearer ".length()));
            if (user == null) {
                throw new ApiProblem(401, "UNAUTHENTICATED", "a valid bearer token is required");
            }
            return user;
        }

        @Override
        public Caller caller(final Context ctx) {
            return user(ctx).caller();
        }

        @Override
        public BooleanSupplier credentialCheck(final Context ctx) {
            final String header = ctx.header("Authorization");
            return () -> header != null && header.startsWith("Bearer ")
                    && directory.byToken(header.substring("Bearer ".length())) != null;
        }

        @Override
        public LedgerClient client(final Context ctx) {
            return user(ctx).client();
        }

        @Override
        public FoodTrace food(final Context ctx) {
            throw new UnsupportedOperationException("the directory routes never use foodtrace");
        }

        @Override
        public GovDirectory directory(final Context ctx) {
            return user(ctx).directory();
        }

        @Override
        public QueryStore store() {
            throw new UnsupportedOperationException("the directory routes never use the query store");
        }
    }

    /** Javalin's JSON through the shared codec (sorted keys, no nulls), as the server configures it. */
    private static final class LedgerJsonMapper implements JsonMapper {
        @Override
        public String toJsonString(final Object object, final Type type) {
            return LedgerJson.toJson(object);
        }
    }
}
