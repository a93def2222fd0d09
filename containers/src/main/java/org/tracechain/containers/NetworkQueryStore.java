// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.containers.Network;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.tracechain.network.postgres.ConnectionInfo;
import org.tracechain.network.postgres.PostgresCluster;
import org.tracechain.network.postgres.PostgresLayout;

/**
 * The network's PostgreSQL (the HTTP servers' query store) in a container beside the Fabric nodes: published on
 * 127.0.0.1 at the port block's PostgreSQL port, with a password of its own, and recorded in the home exactly as
 * the native network records its server ({@code postgres/connection.json}, password in an owner-only file), so
 * {@code tracechain serve --home} finds it the same way. Its data lives as long as the container: the query store is
 * rebuilt from the ledger.
 */
final class NetworkQueryStore {

    private static final int POSTGRES_PORT = 5432;

    private NetworkQueryStore() {}

    static PostgreSQLContainer start(final Path home, final Network network, final int hostPort) throws IOException {
        final PostgresLayout layout = PostgresLayout.of(home);
        Files.createDirectories(layout.root());
        final String password = PostgresCluster.newPasswordFile(layout.passwordFile());
        final PostgreSQLContainer postgres = QueryStoreContainers.newPostgres(network)
                .withDatabaseName(ConnectionInfo.DATABASE).withUsername(ConnectionInfo.USER).withPassword(password)
                .withLabel(ContainerNodeRuntime.HOME_LABEL, home.toString())
                .withLabel(ContainerNodeRuntime.NODE_LABEL, PostgresLayout.NODE)
                .withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(new Ports(
                        ExposedPort.tcp(POSTGRES_PORT), Ports.Binding.bindIpAndPort("127.0.0.1", hostPort))));
        postgres.start();
        ConnectionInfo.local(hostPort, layout.passwordFile()).write(ConnectionInfo.file(home));
        return postgres;
    }
}
