// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How to reach one organisation's gateway peer: endpoint, TLS trust root and the channels it serves.
 * Read from {@code <home>/gateways/<org>.json}, or built in code.
 *
 * <pre>{@code
 * GatewayProfile producer = GatewayProfile.load(home, "producer");
 *
 * GatewayProfile custom = GatewayProfile.newBuilder()
 *         .organization("producer").mspId("ProducerMSP")
 *         .peerEndpoint("127.0.0.1:7051").peerHostOverride("peer0.producer.tracechain.test")
 *         .tlsRootCertificate(Path.of("/path/to/tlsca-cert.pem"))
 *         .channels("foodtrace")
 *         .build();
 * }</pre>
 */
public interface GatewayProfile {

    /**
     * Reads {@code <home>/gateways/<organization>.json}.
     *
     * @param home the tracechain home directory
     * @param organization the organisation's short name
     * @return the profile
     * @throws IOException if the file is missing or invalid; the message names the file
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code organization} is blank or not a plain name
     */
    static GatewayProfile load(final Path home, final String organization) throws IOException {
        return load(TraceChainHome.gatewayProfile(home, organization));
    }

    /**
     * Reads a gateway profile file.
     *
     * @param file the JSON file
     * @return the profile
     * @throws IOException if the file is missing or invalid; the message names the file
     * @throws NullPointerException if {@code file} is null
     */
    static GatewayProfile load(final Path file) throws IOException {
        return GatewayProfileImpl.load(file);
    }

    /** A builder for a profile defined in code. */
    static Builder newBuilder() {
        return new GatewayProfileImpl.BuilderImpl();
    }

    /** The organisation's short name, e.g. {@code producer}. */
    String organization();

    /** The organisation's MSP id, e.g. {@code ProducerMSP}. */
    String mspId();

    /** The gateway peer's {@code host:port}. */
    String peerEndpoint();

    /** The TLS host name to expect when it differs from the endpoint's host (gRPC authority override). */
    Optional<String> peerHostOverride();

    /** The PEM file of the CA that issued the peer's TLS certificate. */
    Path tlsRootCertificate();

    /** The channels the organisation's peer has joined. */
    List<String> channels();

    /** Builds a {@link GatewayProfile}; each method checks its argument immediately. */
    interface Builder {
        /**
         * @param organization short name, e.g. {@code producer}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        Builder organization(String organization);

        /**
         * @param mspId MSP id, e.g. {@code ProducerMSP}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        Builder mspId(String mspId);

        /**
         * @param endpoint {@code host:port}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank or without a port
         */
        Builder peerEndpoint(String endpoint);

        /**
         * @param host TLS host name to expect, e.g. {@code peer0.producer.tracechain.test}
         * @return this builder
         * @throws NullPointerException if null
         * @throws IllegalArgumentException if blank
         */
        Builder peerHostOverride(String host);

        /**
         * @param pemFile the TLS CA certificate file
         * @return this builder
         * @throws NullPointerException if null
         */
        Builder tlsRootCertificate(Path pemFile);

        /**
         * @param channels channel names
         * @return this builder
         * @throws NullPointerException if the array or an element is null
         * @throws IllegalArgumentException if an element is blank
         */
        Builder channels(String... channels);

        /**
         * @return the profile
         * @throws IllegalStateException if organization, mspId, peerEndpoint or tlsRootCertificate was not set
         */
        GatewayProfile build();
    }
}
