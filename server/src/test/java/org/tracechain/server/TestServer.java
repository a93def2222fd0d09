// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tracechain.chaincode.testing.InMemoryLedger;
import org.tracechain.chaincode.testing.TestIdentities;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.InMemoryFoodChaincode;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.model.identity.Role;
import org.tracechain.server.auth.TokenStore;
import org.tracechain.server.http.ApiRoutes;

/**
 * A server of organisation {@code producer} on a port of this part's block (33000+), its ledger clients connected
 * to an in-process {@link FakeGateway} running the real foodtrace chaincode on an in-memory ledger.
 */
final class TestServer implements AutoCloseable {

    static final String ORG = "producer";
    // Port 0: the system picks a free one. A fixed port above 32767 can be taken by any client socket (Linux's
    // ephemeral range), which once failed a build.

    final Path home;
    final FakeGateway gateway = FakeGateway.start();
    private InMemoryFoodChaincode chaincode;
    final AtomicBoolean gatewayReachable = new AtomicBoolean(true);
    final TraceChainServerImpl server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer(final Path home, final Object... areas) throws IOException {
        this(home, builder -> { }, areas);
    }

    private TestServer(final Path home, final java.util.function.Consumer<TraceChainServerImpl.BuilderImpl> configure,
            final Object... areas) throws IOException {
        this.home = home;
        TestCredentials.generate("tlsca").writeProfile(home, ORG, "ProducerMSP", "127.0.0.1:7051",
                "peer0.producer.tracechain.test", List.of("foodtrace"));
        TestCredentials.identity(home, ORG, "farmer", "ProducerMSP", "producer");
        TestCredentials.identity(home, ORG, "processor", "ProducerMSP", "processor");
        final GatewayProfile profile = GatewayProfile.load(home, ORG);
        final TraceChainServerImpl.BuilderImpl builder = (TraceChainServerImpl.BuilderImpl) TraceChainServer.newBuilder()
                .home(home).organization(ORG).port(0).maxRequestBytes(64 * 1024);
        builder.clientOpener(identity -> LedgerClient.newBuilder().identity(identity).profile(profile)
                .connection(gateway.channel()).outcomeTimeout(Duration.ZERO).connect());
        builder.gatewayProbe(gatewayReachable::get);
        for (final Object area : areas) {
            if (area instanceof ApiRoutes routes) {
                builder.routes(routes);
            } else {
                builder.routes((TraceChainServer.RoutesFactory) area);
            }
        }
        configure.accept(builder);
        this.server = (TraceChainServerImpl) builder.build().start();
    }

    static TestServer start(final Path home, final Object... areas) throws IOException {
        return new TestServer(home, areas);
    }

    /** A server whose builder {@code configure} completes first (a query store, the network's nodes). */
    static TestServer start(final Path home, final java.util.function.Consumer<TraceChainServerImpl.BuilderImpl>
            configure, final Object... areas) throws IOException {
        return new TestServer(home, configure, areas);
    }

    /**
     * The real foodtrace chaincode behind the gateway, acting as {@code actingAs} (the fake gateway does not pass
     * the signer on). Loading the contract router scans the classpath once per JVM (about 20 s here), so only
     * tests that need the chaincode attach it.
     */
    InMemoryFoodChaincode foodChaincode(final Role... roles) {
        if (chaincode == null) {
            chaincode = new InMemoryFoodChaincode(new InMemoryLedger("foodtrace"),
                    TestIdentities.client("ProducerMSP", "farmer", roles)).attach(gateway);
        } else {
            chaincode.actAs(TestIdentities.client("ProducerMSP", "farmer", roles));
        }
        return chaincode;
    }

    String token(final String user) {
        try {
            return TokenStore.open(home, ORG).create(user, Optional.empty()).token();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI uri(final String path) {
        return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<String> get(final String path, final String token) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    HttpResponse<String> post(final String path, final String token, final String contentType, final byte[] body) {
        final HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
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
        server.close();
        gateway.close();
    }
}
