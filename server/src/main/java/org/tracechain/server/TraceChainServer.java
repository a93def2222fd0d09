// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.store.QueryStore;

/**
 * One organisation's HTTP server: it holds that organisation's wallet and acts, for each request, as the wallet
 * identity its bearer token maps to. Authentication, RFC 9457 problem bodies, request limits, the access log,
 * {@code /health}, {@code /metrics}, {@code /openapi.json}, Swagger UI at {@code /docs} and
 * {@code /transactions/{txId}} are the server's own; each {@link ApiRoutes} adds an area of the API.
 *
 * <pre>{@code
 * try (TraceChainServer server = TraceChainServer.newBuilder()
 *         .home(Path.of(".tracechain"))
 *         .organization("producer")
 *         .routes(LotRoutes::new, DirectoryRoutes::new)
 *         .queryStore(store)
 *         .build()
 *         .start()) {
 *     System.out.println("listening on " + server.uri());   // http://127.0.0.1:27700/
 *     server.awaitStop();
 * }
 * }</pre>
 */
public interface TraceChainServer extends AutoCloseable {

    /** The default request body limit: 4 MiB, enough for an EPCIS capture document of a few thousand events. */
    long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;
    /** The default idle timeout of a connection (a client that stops sending mid-request is dropped after it). */
    Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

    /** @return a new builder */
    static Builder newBuilder() {
        return new TraceChainServerImpl.BuilderImpl();
    }

    /**
     * Starts listening. Idempotent.
     *
     * @return this server
     * @throws IllegalStateException if the port cannot be bound or the server was closed
     */
    TraceChainServer start();

    /** @return the server's base URI, e.g. {@code http://127.0.0.1:27700/} (the bound port once started) */
    URI uri();

    /** @return the organisation the server acts for */
    String organization();

    /**
     * Blocks until {@link #close()} is called (from a shutdown hook, for instance).
     *
     * @throws InterruptedException if interrupted while waiting
     */
    void awaitStop() throws InterruptedException;

    /** Stops listening, closes every ledger client and the query store. Idempotent. */
    @Override
    void close();

    /** Makes an API area that needs the server's {@link LedgerAccess}; typically an area's constructor. */
    @FunctionalInterface
    interface RoutesFactory {
        /**
         * @param access what the area's handlers use
         * @return the area
         */
        ApiRoutes create(LedgerAccess access);
    }

    /** Builds a {@link TraceChainServer}; each method checks its argument at once, {@link #build()} the whole. */
    interface Builder {
        /**
         * @param home the tracechain home (wallet, gateway profiles, network state, token store)
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder home(Path home);

        /**
         * @param organization the organisation short name, e.g. {@code producer}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if not a plain name
         */
        Builder organization(String organization);

        /**
         * @param host the address to listen on (default {@code 127.0.0.1}: only this machine)
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        Builder host(String host);

        /**
         * @param port the port (default: the network's base port + 700 + the organisation's index in the
         *     topology, e.g. 27700 for the first organisation of the default network; 0 picks a free one)
         * @return this builder
         * @throws IllegalArgumentException if not 0..65535
         */
        Builder port(int port);

        /**
         * @param routes API areas to serve, added to those given before
         * @return this builder
         * @throws NullPointerException if the array or an element is null
         */
        Builder routes(ApiRoutes... routes);

        /**
         * API areas made with the server's {@link LedgerAccess} (the caller, the SDK signed as the caller, the
         * query store), e.g. {@code .routes(LotRoutes::new, DirectoryRoutes::new)}; added to those given before.
         *
         * @param factories constructors of API areas
         * @return this builder
         * @throws NullPointerException if the array or an element is null
         */
        Builder routes(RoutesFactory... factories);

        /**
         * @param store the query store (default: none, every store question answers 503 {@code STORE_UNAVAILABLE});
         *     the server closes it on close
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder queryStore(QueryStore store);

        /**
         * @param network the network this server's organisation is part of, when the server runs on its home: {@code
         *     GET /network/nodes} then answers each node's health (default: none, and it says so)
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder network(org.tracechain.network.FabricNetwork network);

        /**
         * @param bytes the largest request body accepted (default {@link #DEFAULT_MAX_REQUEST_BYTES})
         * @return this builder
         * @throws IllegalArgumentException if not positive
         */
        Builder maxRequestBytes(long bytes);

        /**
         * @param timeout how long a connection may stay idle mid-request (default {@link #DEFAULT_IDLE_TIMEOUT})
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if not positive
         */
        Builder idleTimeout(Duration timeout);

        /**
         * Serves HTTPS instead of HTTP; with {@code clientCa}, mutual TLS: a client without a certificate that CA
         * issued cannot connect at all, and a request without a bearer token is authenticated by the certificate
         * when it is the wallet certificate of one of the organisation's users (see {@code Authentication}).
         *
         * @param certificateChain the server's PEM certificate chain
         * @param privateKey its PEM PKCS#8 private key
         * @param clientCa PEM CA certificates of the clients, or null for no client certificates
         * @return this builder
         * @throws NullPointerException if certificateChain or privateKey is null
         */
        Builder tls(Path certificateChain, Path privateKey, Path clientCa);

        /**
         * Reads the organisation's gateway profile and prepares the server (nothing listens yet).
         *
         * @return the server
         * @throws IOException if the gateway profile, the network's recorded options or the TLS files cannot be
         *     read
         * @throws IllegalStateException if home or organization was not given
         */
        TraceChainServer build() throws IOException;
    }
}
