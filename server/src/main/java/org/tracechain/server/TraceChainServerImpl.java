// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.json.JavalinJackson;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.ProblemBody;
import org.tracechain.server.store.QueryStore;
import org.tracechain.server.store.UnavailableQueryStore;

final class TraceChainServerImpl implements TraceChainServer {

    private static final Logger LOG = LoggerFactory.getLogger(TraceChainServerImpl.class);
    /**
     * Routes anyone may call: what a load balancer, a browser opening the docs or the console, or a code generator
     * needs. The console's files hold no data; the calls the console makes authenticate.
     */
    static final Set<String> PUBLIC = Set.of("GET /health", "GET /openapi.json", "GET /docs", "GET /docs/{asset}",
            "GET /console", "GET /console/{asset}", "GET /console/lib/{asset}");

    private final String organization;
    private final String host;
    private final String scheme;
    private final Javalin app;
    private final IdentitySessions sessions;
    private final QueryStore store;
    private final PrometheusMeterRegistry metrics;
    private final Duration idleTimeout;
    private final ObjectNode openApi;
    /** The areas, closed before the server stops (those holding streams or listeners). */
    private final List<ApiRoutes> areas;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean started;
    private boolean closed;

    private TraceChainServerImpl(final BuilderImpl builder, final GatewayProfile profile,
            final SslContextFactory.Server ssl) {
        this.scheme = ssl == null ? "http" : "https";
        this.organization = builder.organization;
        this.host = builder.host;
        this.store = builder.store;
        this.idleTimeout = builder.idleTimeout;
        this.metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(metrics);
        new JvmThreadMetrics().bindTo(metrics);
        final IdentitySessions.ClientOpener opener = builder.opener != null ? builder.opener
                : identity -> LedgerClient.newBuilder().identity(identity).profile(profile).connect();
        this.sessions = new IdentitySessions(builder.home, organization, opener);
        final ServerLedgerAccess access = new ServerLedgerAccess(sessions, store, profile.mspId(), profile.channels());
        final Authentication authentication = new Authentication(TokenStore.open(builder.home, organization), sessions);
        final ProblemResponses problems = new ProblemResponses(metrics);
        final AccessLog accessLog = new AccessLog(metrics);
        final RequestLimits limits = new RequestLimits(builder.maxRequestBytes);
        final BooleanSupplier probe = builder.gatewayProbe != null ? builder.gatewayProbe
                : HealthRoutes.tcpProbe(profile.peerEndpoint());
        final HealthRoutes health = new HealthRoutes(organization, profile.peerEndpoint(), probe, store,
                profile.channels());
        final TransactionRoutes transactions = new TransactionRoutes(access, profile.channels());
        final ChainRoutes chain = new ChainRoutes(access, profile.channels(), java.util.Optional.ofNullable(
                builder.nodes));
        final DocsRoutes docs = new DocsRoutes();
        final ConsoleRoutes console = new ConsoleRoutes(authentication::certificateSignIn);
        final MeRoutes me = new MeRoutes(access, profile.channels());
        this.areas = new ArrayList<>();
        for (final Object area : builder.areas) {
            areas.add(area instanceof RoutesFactory factory ? factory.create(access) : (ApiRoutes) area);
        }
        final List<String> fragments = new ArrayList<>();
        for (final ApiRoutes area : areas) {
            fragments.add(area.openApiResource());
        }
        this.openApi = OpenApiDocument.merge(fragments);
        final String openApiJson = LedgerJson.toJson(openApi);

        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(LedgerJson.mapper(), false));
            config.http.maxRequestSize = builder.maxRequestBytes;
            config.http.prefer405over404 = true;
            config.jetty.host = builder.host;
            config.jetty.port = builder.port;
            if (ssl != null) {
                // Javalin adds its plain HTTP connector only when no other is configured.
                config.jetty.addConnector((server, http) -> builder.tls.connector(server, http, ssl, builder.host,
                        builder.port));
            }
            config.router.handlerWrapper(endpoint -> wrap(endpoint, authentication));
            config.requestLogger.http(accessLog::log);
            config.routes.before(limits::check);
            config.routes.exception(Exception.class, problems::handle);
            config.routes.error(404, ctx -> fallback(ctx, 404, "no resource at this path"));
            config.routes.error(405, ctx -> fallback(ctx, 405, "this path does not take this method"));
            config.routes.get("/health", health::health);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(metrics.scrape()));
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApiJson));
            config.routes.get("/docs", docs::page);
            config.routes.get("/docs/{asset}", docs::asset);
            config.routes.get("/transactions/{txId}", transactions::status);
            config.routes.get("/transactions", chain::transactions);
            config.routes.get("/chain/heights", chain::heights);
            config.routes.get("/network/nodes", chain::nodes);
            config.routes.get("/me", me::me);
            config.routes.get("/console", console::page);
            config.routes.get("/console/{asset}", console::asset);
            config.routes.get("/console/lib/{asset}", console::library);
            for (final ApiRoutes area : areas) {
                area.register(config.routes);
            }
        });
    }

    /**
     * Every route's handler, entered only after the request is authenticated (public routes excepted) and with
     * the route's template on the request for the access log and the metrics.
     */
    private static Handler wrap(final Endpoint endpoint, final Authentication authentication) {
        if (!endpoint.method.isHttpMethod()) {
            return endpoint.handler;
        }
        final String route = OpenApiDocument.openApiPath(endpoint.path);
        final boolean open = PUBLIC.contains(endpoint.method.name() + " " + route);
        return ctx -> {
            ctx.attribute(AccessLog.ROUTE, route);
            if (!open) {
                authentication.authenticate(ctx);
            }
            endpoint.handler.handle(ctx);
        };
    }

    /** A status error without a problem body yet (no route matched) gets one. */
    private static void fallback(final Context ctx, final int status, final String detail) {
        if (ctx.attribute(ProblemResponses.WRITTEN) == null) {
            ProblemResponses.write(ctx, ProblemBody.of(status, ProblemResponses.codeOfStatus(status), detail));
        }
    }

    /** Every route served, as {@code GET /path/{param}}. */
    Set<String> routes() {
        final Set<String> routes = new TreeSet<>();
        for (final ParsedEndpoint parsed : app.unsafe.internalRouter.allHttpHandlers()) {
            final Endpoint endpoint = parsed.endpoint;
            if (endpoint.method.isHttpMethod()) {
                routes.add(endpoint.method.name() + " " + OpenApiDocument.openApiPath(endpoint.path));
            }
        }
        return routes;
    }

    /** The merged OpenAPI document. */
    ObjectNode openApi() {
        return openApi.deepCopy();
    }

    /** The number of open ledger clients (for tests). */
    int openClientsForTest() {
        return sessions.openClients();
    }

    /** The metrics registry (for tests). */
    PrometheusMeterRegistry metrics() {
        return metrics;
    }

    @Override
    public synchronized TraceChainServer start() {
        if (closed) {
            throw new IllegalStateException("the server is closed");
        }
        if (started) {
            return this;
        }
        final Set<String> documented = OpenApiDocument.operations(openApi);
        final Set<String> served = routes();
        if (!documented.equals(served)) {
            LOG.warn("/openapi.json and the routes differ: undocumented {}, not served {}",
                    difference(served, documented), difference(documented, served));
        }
        try {
            app.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + configuredPort() + ": "
                    + e.getMessage(), e);
        }
        for (final Connector connector : app.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector network) {
                network.setIdleTimeout(idleTimeout.toMillis());
            }
        }
        started = true;
        LOG.info("Serving {} on {}", organization, uri());
        return this;
    }

    private int configuredPort() {
        return app.unsafe.jetty.port;
    }

    private static Set<String> difference(final Set<String> a, final Set<String> b) {
        final Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    @Override
    public URI uri() {
        final int port = started ? app.port() : configuredPort();
        final String literal = host.contains(":") ? "[" + host + "]" : host;
        return URI.create(scheme + "://" + literal + ":" + port + "/");
    }

    @Override
    public String organization() {
        return organization;
    }

    @Override
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Open event streams first: Jetty would otherwise wait for them to end on its own.
            for (final ApiRoutes area : areas) {
                if (area instanceof AutoCloseable closeable) {
                    try {
                        closeable.close();
                    } catch (Exception e) {
                        LOG.warn("Could not close {}", area.getClass().getSimpleName(), e);
                    }
                }
            }
            app.stop();
        } finally {
            sessions.close();
            store.close();
            metrics.close();
            stopped.countDown();
            LOG.info("Stopped the server of {}", organization);
        }
    }

    static final class BuilderImpl implements Builder {
        private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

        private Path home;
        private String organization;
        private String host = "127.0.0.1";
        private Integer port;
        /** {@link ApiRoutes} and {@link RoutesFactory}, in the order given. */
        private final List<Object> areas = new ArrayList<>();
        private QueryStore store = UnavailableQueryStore.INSTANCE;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
        private IdentitySessions.ClientOpener opener;
        private BooleanSupplier gatewayProbe;
        private TlsConnector tls;
        private NetworkNodes nodes;

        @Override
        public Builder home(final Path home) {
            this.home = Objects.requireNonNull(home, "home must not be null");
            return this;
        }

        @Override
        public Builder organization(final String organization) {
            Objects.requireNonNull(organization, "organization must not be null");
            if (!NAME.matcher(organization).matches()) {
                throw new IllegalArgumentException("organization must be a plain name, e.g. producer");
            }
            this.organization = organization;
            return this;
        }

        @Override
        public Builder host(final String host) {
            Objects.requireNonNull(host, "host must not be null");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            this.host = host;
            return this;
        }

        @Override
        public Builder port(final int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535");
            }
            this.port = port;
            return this;
        }

        @Override
        public Builder routes(final ApiRoutes... routes) {
            Objects.requireNonNull(routes, "routes must not be null");
            for (final ApiRoutes area : routes) {
                areas.add(Objects.requireNonNull(area, "routes must not contain null"));
            }
            return this;
        }

        @Override
        public Builder routes(final RoutesFactory... factories) {
            Objects.requireNonNull(factories, "factories must not be null");
            for (final RoutesFactory factory : factories) {
                areas.add(Objects.requireNonNull(factory, "factories must not contain null"));
            }
            return this;
        }

        @Override
        public Builder queryStore(final QueryStore store) {
            this.store = Objects.requireNonNull(store, "store must not be null");
            return this;
        }

        @Override
        public Builder maxRequestBytes(final long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("maxRequestBytes must be positive");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        @Override
        public Builder idleTimeout(final Duration timeout) {
            Objects.requireNonNull(timeout, "timeout must not be null");
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("idleTimeout must be positive");
            }
            this.idleTimeout = timeout;
            return this;
        }

        @Override
        public Builder tls(final Path certificateChain, final Path privateKey, final Path clientCa) {
            this.tls = new TlsConnector(Objects.requireNonNull(certificateChain, "certificateChain must not be null"),
                    Objects.requireNonNull(privateKey, "privateKey must not be null"), clientCa);
            return this;
        }

        @Override
        public Builder network(final org.tracechain.network.FabricNetwork network) {
            this.nodes = NetworkNodes.of(Objects.requireNonNull(network, "network must not be null"));
            return this;
        }

        /** Tells the nodes' health another way (tests). */
        BuilderImpl networkNodes(final NetworkNodes nodes) {
            this.nodes = Objects.requireNonNull(nodes, "nodes must not be null");
            return this;
        }

        /** Opens ledger clients another way (tests: an in-process gateway). */
        BuilderImpl clientOpener(final IdentitySessions.ClientOpener opener) {
            this.opener = Objects.requireNonNull(opener, "opener must not be null");
            return this;
        }

        /** Tells whether the gateway is reachable another way (tests). */
        BuilderImpl gatewayProbe(final BooleanSupplier probe) {
            this.gatewayProbe = Objects.requireNonNull(probe, "probe must not be null");
            return this;
        }

        @Override
        public TraceChainServer build() throws IOException {
            if (home == null || organization == null) {
                throw new IllegalStateException("a server needs home and organization");
            }
            final GatewayProfile profile = GatewayProfile.load(home, organization);
            if (port == null) {
                port = ServerPorts.defaultPort(home, organization);
            }
            return new TraceChainServerImpl(this, profile, tls == null ? null : tls.sslContextFactory());
        }
    }

    @Override
    public String toString() {
        return "TraceChainServer[" + organization + " " + uri() + "]";
    }
}
