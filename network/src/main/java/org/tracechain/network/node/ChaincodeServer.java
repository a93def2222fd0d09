// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.process.Ports;
import org.tracechain.network.topology.NodeAddressing;

/**
 * A Java chaincode run as a service by one organisation for its own peer: every organisation runs its own server
 * of each chaincode, so no process endorses for two organisations. It listens on loopback with mutual TLS (its
 * certificate from the organisation's TLS CA; only clients with a certificate from that CA get in), registering
 * under the organisation's package id.
 *
 * @param hostName its TLS host name, {@code ccaas-<chaincode>.<domain>}: its peer dials it there on a container network
 * @param tlsDir the server's TLS directory: {@code server.crt}, {@code server.key}, {@code ca.crt} (the
 *               organisation's TLS CA, which also issued the peer's client certificate)
 */
public record ChaincodeServer(String name, String hostName, Path jar, String packageId, int port, Path tlsDir,
        Path dataDir, String javaExecutable, NodeAddressing addressing) implements Node {

    /** The environment the chaincode's server main reads for its TLS settings. */
    public static final String TLS_CERT_FILE = "TRACECHAIN_CHAINCODE_TLS_CERT_FILE";
    public static final String TLS_KEY_FILE = "TRACECHAIN_CHAINCODE_TLS_KEY_FILE";
    public static final String TLS_CLIENT_CA_FILE = "TRACECHAIN_CHAINCODE_TLS_CLIENT_CA_FILE";

    private static final int TRIM_INTERVAL_MS = 5000;

    /**
     * Whether the JVM that starts the servers takes {@code -XX:TrimNativeHeapInterval} as it is (a product option in
     * recent JDK 17 updates, experimental or absent in older ones, which would refuse to start with it). The servers
     * run on that same {@code java}, or in a container on Debian's current OpenJDK 17, which takes it. Asked only
     * when a server is started (a holder class): the question loads the JVM's management beans, some 15 ms that
     * {@code network status} and the HTTP server, which only name chaincode servers, need not pay.
     */
    private static final class NativeHeapTrim {
        static final boolean SUPPORTED = VmOptions.known("TrimNativeHeapInterval");
    }

    /** {@code chaincode.<chaincode>.<organisation>}. */
    public static String nodeName(final String chaincode, final String organization) {
        return "chaincode." + chaincode + "." + organization;
    }

    @Override
    public List<String> command() {
        // Serial GC, small metaspace and code cache: one server per organisation and chaincode share a 2-core
        // machine with the Fabric nodes. A young generation of its own (32 MB) and an old one kept 40-70 % free:
        // with a 16 MB heap kept 10-20 % free, a 10,000-lot trace (some 40 MB live while it runs) collected every
        // 13 ms and fully every 100 ms, 8.7 s of collection in 40 s of tracing, and each server spent about 3 s
        // in 17 full collections while starting. That heap cost some 30 MB less resident memory per server.
        final List<String> command = new ArrayList<>(List.of(javaExecutable, "-Xms64m", "-Xmn32m", "-Xmx256m",
                "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=40", "-XX:MaxHeapFreeRatio=70", "-XX:MaxMetaspaceSize=96m",
                "-XX:ReservedCodeCacheSize=48m", "-Xss512k"));
        if (NativeHeapTrim.SUPPORTED) {
            // The C heap (the compilers' arenas, gRPC and Netty's native allocations) keeps what a burst took: glibc
            // returns freed memory to the system only when told. Trimmed every 5 s, an idle server's resident memory
            // went from ~195 to ~168 MB.
            command.add("-XX:TrimNativeHeapInterval=" + TRIM_INTERVAL_MS);
        }
        command.addAll(List.of("-jar", jar.toString()));
        return List.copyOf(command);
    }

    @Override
    public Map<String, String> environment() {
        final Map<String, String> env = new LinkedHashMap<>();
        env.put("CHAINCODE_SERVER_ADDRESS", addressing.listen(port));
        env.put("CORE_CHAINCODE_ID_NAME", packageId);
        // The shim's own TLS switch configures a client to the peer, which a server never uses; ours is below.
        env.put("CORE_PEER_TLS_ENABLED", "false");
        env.put(TLS_CERT_FILE, tlsDir.resolve("server.crt").toString());
        env.put(TLS_KEY_FILE, tlsDir.resolve("server.key").toString());
        env.put(TLS_CLIENT_CA_FILE, tlsDir.resolve("ca.crt").toString());
        env.put("CORE_CHAINCODE_LOGGING_LEVEL", "INFO");
        env.put("CORE_CHAINCODE_LOGGING_SHIM", "WARNING");
        return env;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(port, name + " chaincode server");
    }

    @Override
    public boolean ready() {
        return Ports.serving(port, addressing);
    }

    @Override
    public String health() {
        return Ports.serving(port, addressing) ? "listening on 127.0.0.1:" + port + " (mutual TLS)"
                : "not listening on 127.0.0.1:" + port;
    }
}
