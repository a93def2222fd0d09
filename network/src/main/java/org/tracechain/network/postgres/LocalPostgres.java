// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.tracechain.network.NetworkException;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.LogTail;
import org.tracechain.network.process.NodeProcesses;
import org.tracechain.network.process.Ports;
import org.tracechain.network.process.Wait;

/**
 * A PostgreSQL server of its own in a directory, outside any network: for tests of the query store and for tools.
 * The directory is laid out like a network home ({@link PostgresLayout}), the server is tracked by PID in its
 * {@code run/} and {@link #close() closing} stops it (fast shutdown) and waits until it has exited.
 *
 * <pre>{@code
 * try (LocalPostgres pg = LocalPostgres.start(Path.of("target/pg"), 31850)) {
 *     ConnectionInfo info = pg.connection();
 *     try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password())) { ... }
 * }
 * }</pre>
 *
 * <p>When this process runs as root, PostgreSQL runs as an unprivileged user ({@link PostgresOsUser}), who must be
 * able to reach the directory: a JUnit {@code @TempDir} (mode 0700) is not reachable, a directory under
 * {@code target/} is.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final PostgresCluster cluster;
    private final NodeProcesses processes;
    private final ProcessHandle process;

    private LocalPostgres(final PostgresCluster cluster, final NodeProcesses processes, final ProcessHandle process) {
        this.cluster = cluster;
        this.processes = processes;
        this.process = process;
    }

    /** Creates (once) and starts a server on 127.0.0.1:{@code port} with its files under {@code dir}. */
    public static LocalPostgres start(final Path dir, final int port) {
        return start(PostgresCluster.forHome(dir, port));
    }

    /** Starts the server of {@code cluster} and waits until it accepts connections. */
    public static LocalPostgres start(final PostgresCluster cluster) {
        final PostgresLayout layout = cluster.layout();
        final NodeProcesses processes = new NodeProcesses(layout.runDir());
        if (processes.running(PostgresLayout.NODE).isPresent()) {
            throw new NetworkException("PostgreSQL already runs in " + layout.home());
        }
        Ports.requireFree(cluster.port(), "PostgreSQL");
        final Node node = cluster.prepare();
        try {
            Files.createDirectories(node.dataDir());
        } catch (IOException e) {
            throw new NetworkException("cannot create " + node.dataDir() + ": " + e.getMessage(), e);
        }
        final ProcessHandle process = processes.start(node.name(), node.command(), node.environment(), node.dataDir(),
                node.log(), layout.dataDir(), node.stopSignal());
        final LocalPostgres started = new LocalPostgres(cluster, processes, process);
        try {
            Wait.until("PostgreSQL to accept connections", START_TIMEOUT, () -> {
                if (!process.isAlive()) {
                    throw new NetworkException("PostgreSQL exited during start-up" + LogTail.of(node.log(), 25));
                }
                return node.ready();
            }, () -> LogTail.of(node.log(), 25));
        } catch (RuntimeException e) {
            started.close();
            throw e;
        }
        return started;
    }

    /** How to connect; the password is in {@link ConnectionInfo#passwordFile()}. */
    public ConnectionInfo connection() {
        return cluster.connection();
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** The server's log. */
    public Path log() {
        return cluster.node().log();
    }

    /** Whether the server still runs. */
    public boolean running() {
        return processes.running(PostgresLayout.NODE).isPresent();
    }

    /** Stops the server (fast shutdown: open transactions are rolled back) and waits until it has exited. */
    @Override
    public void close() {
        processes.stop(PostgresLayout.NODE, STOP_GRACE);
        process.onExit().join();
    }
}
