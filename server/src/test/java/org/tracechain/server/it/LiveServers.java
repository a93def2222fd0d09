// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.it;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.slf4j.LoggerFactory;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.topology.Topology;
import org.tracechain.server.ApiAreas;
import org.tracechain.server.TraceChainServer;
import org.tracechain.server.auth.IssuedToken;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.store.DatabaseSettings;
import org.tracechain.server.store.OrganizationStore;
import org.tracechain.server.store.QueryStore;

/**
 * One {@link TraceChainServer} per organisation of the live network, each with every API area and its
 * organisation's PostgreSQL query store, a token per wallet user (the topology's users and {@code admin}) plus one
 * revoked token per organisation, and every log line the run writes (to check that no token ever shows).
 * Made once per test run by {@link LiveServersExtension}; {@link #close()} stops servers and stores.
 */
public final class LiveServers implements AutoCloseable {

    /** The organisations' users whose tokens the fixture issues: the topology's and the wallet's admin. */
    public record User(String org, String name, List<String> roles) {
        @Override
        public String toString() {
            return name + "@" + org;
        }
    }

    /** The servers listen on the run's port block from here on: base + 700 + index, as on a home 'network up' made. */
    static final int SERVER_PORT_OFFSET = 700;
    private static final Duration READY = Duration.ofSeconds(120);

    private final Path home;
    private final Topology topology;
    private final Map<String, TraceChainServer> servers = new LinkedHashMap<>();
    private final Map<String, OrganizationStore> stores = new LinkedHashMap<>();
    private final Map<User, String> tokens = new LinkedHashMap<>();
    private final Map<String, String> revokedTokens = new LinkedHashMap<>();
    private final List<String> logLines = Collections.synchronizedList(new ArrayList<>());
    private final LogCapture capture = new LogCapture();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The network, which the servers report the nodes of ({@code GET /network/nodes}). */
    private final FabricNetwork network;

    private LiveServers(final FabricNetwork network) {
        this.network = network;
        this.home = network.home().toAbsolutePath().normalize();
        this.topology = network.topology();
    }

    static LiveServers start(final FabricNetwork network) throws IOException {
        final LiveServers live = new LiveServers(network);
        try {
            live.startAll();
        } catch (IOException | RuntimeException e) {
            live.close();
            throw e;
        }
        return live;
    }

    private void startAll() throws IOException {
        capture.start();
        final DatabaseSettings db = DatabaseSettings.fromNetworkHome(home);
        final List<Topology.PeerOrganization> organizations = topology.peerOrganizations();
        for (int index = 0; index < organizations.size(); index++) {
            final Topology.PeerOrganization org = organizations.get(index);
            final OrganizationStore store = OrganizationStore.open(db, home, org.name(), OrganizationStore.DEFAULT_USER);
            stores.put(org.name(), store);
            // The port the server would pick on a home 'network up' made: base + 700 + index, in the test
            // network's own block (the extension's home has no network-options.json, which 'serve' reads it from).
            final TraceChainServer server = TraceChainServer.newBuilder().home(home).organization(org.name())
                    .port(topology.basePort() + SERVER_PORT_OFFSET + index).queryStore(store.queryStore())
                    .network(network).routes(ApiAreas.all().toArray(TraceChainServer.RoutesFactory[]::new)).build();
            servers.put(org.name(), server);
            server.start();
            final TokenStore tokenStore = TokenStore.open(home, org.name());
            final List<User> users = new ArrayList<>();
            users.add(new User(org.name(), "admin", List.of()));
            org.users().forEach(u -> users.add(new User(org.name(), u.name(), u.roles())));
            for (final User user : users) {
                tokens.put(user, tokenStore.create(user.name(), Optional.empty()).token());
            }
            final IssuedToken revoked = tokenStore.create("user1", Optional.empty());
            tokenStore.revoke(revoked.record().id());
            revokedTokens.put(org.name(), revoked.token());
        }
        for (final String org : servers.keySet()) {
            // Ready when /health says UP: the gateway answers and the store has caught up enough to answer.
            Awaitility.await("the server of " + org + " is UP").atMost(READY).pollInterval(Duration.ofMillis(500))
                    .ignoreExceptions().until(() -> {
                        final HttpResponse<String> health = send(HttpRequest.newBuilder(uri(org, "/health")).GET(),
                                null);
                        return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"");
                    });
        }
    }

    /** @return the organisations served, in topology order */
    public List<String> organizations() {
        return List.copyOf(servers.keySet());
    }

    /** @return every user with a token, in topology order */
    public List<User> users() {
        return List.copyOf(tokens.keySet());
    }

    /** @return the users of {@code org} */
    public List<User> users(final String org) {
        return tokens.keySet().stream().filter(u -> u.org().equals(org)).toList();
    }

    /** @return the user {@code name} of {@code org} */
    public User user(final String org, final String name) {
        return tokens.keySet().stream().filter(u -> u.org().equals(org) && u.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + name + "@" + org));
    }

    /** @return the live network's home (wallet, organisations' certificates) */
    public Path home() {
        return home;
    }

    /**
     * @return the query store of {@code org} for a further server of that organisation: a view whose
     *     {@code close()} (the further server's, when it stops) leaves the store open for the fixture's servers
     */
    public QueryStore queryStore(final String org) {
        final QueryStore store = stores.get(org).queryStore();
        return (QueryStore) Proxy.newProxyInstance(QueryStore.class.getClassLoader(),
                new Class<?>[] {QueryStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && method.getParameterCount() == 0) {
                        return null;
                    }
                    try {
                        return method.invoke(store, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** @return the server of {@code org} */
    public TraceChainServer server(final String org) {
        return servers.get(org);
    }

    /** @return a client sending {@code user}'s token to its organisation's server */
    public ApiClient as(final String org, final String user) {
        return new ApiClient(this, org, Optional.of(tokens.get(user(org, user))));
    }

    /** @return a client sending {@code user}'s token to its organisation's server */
    public ApiClient as(final User user) {
        return new ApiClient(this, user.org(), Optional.of(tokens.get(user)));
    }

    /** @return {@code user}'s token itself, for a browser test to sign in with as a person would */
    public String token(final String org, final String user) {
        return tokens.get(user(org, user));
    }

    /** @return a client of {@code org}'s server without a token */
    public ApiClient anonymous(final String org) {
        return new ApiClient(this, org, Optional.empty());
    }

    /** @return a client of {@code org}'s server with a revoked token */
    public ApiClient revoked(final String org) {
        return new ApiClient(this, org, Optional.of(revokedTokens.get(org)));
    }

    /** @return {@code org}'s revoked token itself, for a browser test to be refused with */
    public String revokedToken(final String org) {
        return revokedTokens.get(org);
    }

    /** @return every token the fixture issued (valid and revoked) */
    public List<String> allTokens() {
        final List<String> all = new ArrayList<>(tokens.values());
        all.addAll(revokedTokens.values());
        return all;
    }

    /** @return a copy of every log line written since the servers started (messages and throwables) */
    public List<String> logLines() {
        synchronized (logLines) {
            return List.copyOf(logLines);
        }
    }

    /**
     * Read-your-writes: waits until {@code org}'s query store has projected {@code block} of {@code channel}.
     *
     * @throws AssertionError if it has not within a minute
     */
    public void awaitStore(final String org, final String channel, final long block) {
        try {
            if (!stores.get(org).queryStore().awaitBlock(channel, block, Duration.ofSeconds(60))) {
                throw new AssertionError("the query store of " + org + " has not projected block " + block + " of "
                        + channel + " in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(final String org, final String pathAndQuery) {
        return servers.get(org).uri().resolve(pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery);
    }

    HttpResponse<String> send(final HttpRequest.Builder request, final String token)
            throws IOException, InterruptedException {
        return send(request, token, HttpResponse.BodyHandlers.ofString());
    }

    /** As above, the body read by {@code body} (an event stream's lines, as they come). */
    <T> HttpResponse<T> send(final HttpRequest.Builder request, final String token,
            final HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), body);
    }

    @Override
    public void close() {
        servers.values().forEach(TraceChainServer::close);
        stores.values().forEach(OrganizationStore::close);
        capture.stop();
    }

    /** Every logback event of the run, formatted, with its throwable's messages. */
    private final class LogCapture extends AppenderBase<ILoggingEvent> {
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

        LogCapture() {
            setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            setName("live-servers-capture");
        }

        @Override
        public void start() {
            super.start();
            root.addAppender(this);
        }

        @Override
        public void stop() {
            root.detachAppender(this);
            super.stop();
        }

        @Override
        protected void append(final ILoggingEvent event) {
            final StringBuilder line = new StringBuilder(event.getLoggerName()).append(' ')
                    .append(event.getFormattedMessage());
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            }
            logLines.add(line.toString());
        }
    }
}
