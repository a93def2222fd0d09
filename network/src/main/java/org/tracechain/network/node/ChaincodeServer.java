// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.process.Ports;

/**
 * A Java chaincode run as a service: one JVM per chaincode serves every peer of its channel. It listens in
 * plaintext on loopback (the peers dial it), registering under the installed package id.
 */
public record ChaincodeServer(String name, Path jar, String packageId, int port, Path dataDir, String javaExecutable)
        implements Node {

    @Override
    public List<String> command() {
        // Serial GC and a modest heap: several JVMs share a 2-core machine with the Fabric nodes.
        return List.of(javaExecutable, "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-jar", jar.toString());
    }

    @Override
    public Map<String, String> environment() {
        final Map<String, String> env = new LinkedHashMap<>();
        env.put("CHAINCODE_SERVER_ADDRESS", "127.0.0.1:" + port);
        env.put("CORE_CHAINCODE_ID_NAME", packageId);
        env.put("CORE_PEER_TLS_ENABLED", "false");
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
        return Ports.accepting(port);
    }

    @Override
    public String health() {
        return Ports.accepting(port) ? "listening on 127.0.0.1:" + port : "not listening on 127.0.0.1:" + port;
    }
}
