// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tracechain.client.it.LiveNetworkExtension;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.postgres.ConnectionInfo;

/**
 * PostgreSQL as part of the live network: {@code up} started it with the other nodes, the servers find it from the
 * home, it is stopped and started like a node, and the supervisor restarts it when it dies.
 */
@ExtendWith(LiveNetworkExtension.class)
class NetworkPostgresIT {

    private static final String TEST_MIGRATIONS = "classpath:org/tracechain/server/store/testmigration";

    @Test
    void up_started_postgres_and_the_store_bootstrap_finds_it_in_the_home(final FabricNetwork network) throws Exception {
        final NodeStatus postgres = postgres(network);
        assertThat(postgres.healthy()).as(postgres.detail()).isTrue();
        final int port = network.topology().basePort() + 800;
        assertThat(postgres.detail()).startsWith("accepting connections on 127.0.0.1:" + port);
        assertThat(ConnectionInfo.read(ConnectionInfo.file(network.home())).orElseThrow().port()).isEqualTo(port);

        try (StoreDatabase db = StoreDatabase.open(DatabaseSettings.fromNetworkHome(network.home()), 2,
                List.of(TEST_MIGRATIONS))) {
            db.migrate();
            assertThat(db.migrationStatus().pending()).isEmpty();
        }
    }

    @Test
    @SuppressWarnings("try") // the held connection is the point: it stays open while PostgreSQL stops
    void stopped_and_started_like_a_node_and_restarted_by_the_supervisor_when_killed(final FabricNetwork network)
            throws Exception {
        final long first = postgres(network).pid();
        // A client stays connected: the fast shutdown must not wait for it.
        try (StoreDatabase db = StoreDatabase.open(DatabaseSettings.fromNetworkHome(network.home()), 2,
                List.of(TEST_MIGRATIONS))) {
            db.migrate();
        }
        try (StoreDatabase db = StoreDatabase.open(DatabaseSettings.fromNetworkHome(network.home()), 2,
                List.of(TEST_MIGRATIONS)); Connection held = db.dataSource().getConnection()) {
            final long start = System.nanoTime();
            network.stopNode("postgres");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
            assertThat(ProcessHandle.of(first).filter(ProcessHandle::isAlive)).isEmpty();
            assertThat(postgres(network).running()).isFalse();
        }

        network.startNode("postgres");
        final NodeStatus again = postgres(network);
        assertThat(again.healthy()).as(again.detail()).isTrue();
        assertThat(rowsInProbe(network)).isEqualTo(1);

        ProcessHandle.of(again.pid()).orElseThrow().destroyForcibly();
        Awaitility.await("the supervisor restarting PostgreSQL").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    final NodeStatus now = postgres(network);
                    return now.healthy() && now.pid() != again.pid();
                });
        assertThat(postgres(network).detail()).contains("restarted 1x");
        assertThat(rowsInProbe(network)).isEqualTo(1);
    }

    private static long rowsInProbe(final FabricNetwork network) throws Exception {
        try (StoreDatabase db = StoreDatabase.open(DatabaseSettings.fromNetworkHome(network.home()), 2,
                List.of(TEST_MIGRATIONS)); Connection c = db.dataSource().getConnection();
                Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from probe")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static NodeStatus postgres(final FabricNetwork network) {
        return network.status().stream().filter(s -> s.kind().equals("postgres")).findFirst().orElseThrow();
    }
}
