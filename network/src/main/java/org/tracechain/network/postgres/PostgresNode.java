// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.Ports;

/**
 * The network's PostgreSQL server as a node: started, tracked by PID, supervised and stopped like the Fabric nodes.
 * It is ready when it accepts connections on its port and its {@code postmaster.pid} says {@code ready} (not still
 * recovering or starting, not already shutting down); {@code down} stops it with SIGINT, PostgreSQL's fast shutdown.
 *
 * @param command the command line (empty for a node only asked for its status)
 */
record PostgresNode(PostgresLayout layout, int port, List<String> command, Map<String, String> environment)
        implements Node {

    PostgresNode {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return PostgresLayout.NODE;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(port, "PostgreSQL");
    }

    @Override
    public Path dataDir() {
        return layout.nodeDir();
    }

    @Override
    public String stopSignal() {
        return "INT";
    }

    @Override
    public boolean ready() {
        return "ready".equals(postmasterStatus()) && Ports.accepting(port);
    }

    @Override
    public String health() {
        final String status = postmasterStatus();
        final boolean accepting = Ports.accepting(port);
        if ("ready".equals(status) && accepting) {
            return "accepting connections on 127.0.0.1:" + port + " (PostgreSQL " + majorVersion() + ", database "
                    + ConnectionInfo.DATABASE + ")";
        }
        if (status.isEmpty() || "ready".equals(status)) {
            return "not listening on 127.0.0.1:" + port;
        }
        return "PostgreSQL is " + status + " (127.0.0.1:" + port + ")";
    }

    /**
     * The server's own account of its state, line 8 of {@code postmaster.pid}: {@code starting}, {@code ready},
     * {@code stopping}, {@code standby}; empty when there is no such file.
     */
    String postmasterStatus() {
        try {
            final List<String> lines = Files.readAllLines(layout.dataDir().resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() >= 8 ? lines.get(7).strip() : "starting";
        } catch (IOException e) {
            return "";
        }
    }

    private String majorVersion() {
        try {
            return Files.readString(layout.dataDir().resolve("PG_VERSION"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }
}
