// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The names of the images the container runtime uses. The peer and orderer default to the official Hyperledger
 * names, so a machine that can pull them uses the real images, and an offline machine builds local images under the
 * same names ({@code tracechain images build}). Each name can be overridden by a system property.
 *
 * @param peer the peer image, property {@value #PEER_PROPERTY}
 * @param orderer the orderer image, property {@value #ORDERER_PROPERTY}
 * @param debian the Debian base image the chaincode image is built on, property {@value #DEBIAN_PROPERTY}
 * @param chaincode the JRE image chaincode servers run in, property {@value #CHAINCODE_PROPERTY}
 * @param postgres the query store's PostgreSQL, a stand-in for the official {@code postgres} image, property
 *     {@value #POSTGRES_PROPERTY}
 */
public record ImageNames(String peer, String orderer, String debian, String chaincode, String postgres) {

    public static final String PEER_PROPERTY = "tracechain.image.peer";
    public static final String ORDERER_PROPERTY = "tracechain.image.orderer";
    public static final String DEBIAN_PROPERTY = "tracechain.image.debian";
    public static final String CHAINCODE_PROPERTY = "tracechain.image.chaincode";
    public static final String POSTGRES_PROPERTY = "tracechain.image.postgres";

    public static final String DEFAULT_PEER = "hyperledger/fabric-peer:3.1.5";
    public static final String DEFAULT_ORDERER = "hyperledger/fabric-orderer:3.1.5";
    public static final String DEFAULT_DEBIAN = "tracechain/debian:bookworm";
    public static final String DEFAULT_CHAINCODE = "tracechain/chaincode-jre:17";
    /**
     * Our own name, not the official {@code postgres:15}: the image is built from Debian's packages and is only
     * compatible with the official one, so it must not pass for it (clients declare it a compatible substitute).
     */
    public static final String DEFAULT_POSTGRES = "tracechain/postgres:15";

    /** repository[:tag], lower case, as Docker accepts it (no digests: these are names we build or tag). */
    private static final Pattern REFERENCE =
            Pattern.compile("[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?");

    public ImageNames {
        peer = check("peer", peer);
        orderer = check("orderer", orderer);
        debian = check("debian", debian);
        chaincode = check("chaincode", chaincode);
        postgres = check("postgres", postgres);
    }

    /** The default names. */
    public static ImageNames defaults() {
        return new ImageNames(DEFAULT_PEER, DEFAULT_ORDERER, DEFAULT_DEBIAN, DEFAULT_CHAINCODE, DEFAULT_POSTGRES);
    }

    /** The defaults, each replaced by its system property when set. */
    public static ImageNames from(final Properties properties) {
        return new ImageNames(properties.getProperty(PEER_PROPERTY, DEFAULT_PEER),
                properties.getProperty(ORDERER_PROPERTY, DEFAULT_ORDERER),
                properties.getProperty(DEBIAN_PROPERTY, DEFAULT_DEBIAN),
                properties.getProperty(CHAINCODE_PROPERTY, DEFAULT_CHAINCODE),
                properties.getProperty(POSTGRES_PROPERTY, DEFAULT_POSTGRES));
    }

    private static String check(final String what, final String name) {
        Objects.requireNonNull(name, what);
        if (!REFERENCE.matcher(name).matches()) {
            throw new IllegalArgumentException("not a Docker image name for the " + what + " image: '" + name + "'");
        }
        return name;
    }
}
