// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import org.testcontainers.containers.Network;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import org.tracechain.network.images.ImageNames;

/**
 * The query store's PostgreSQL in a container, with Testcontainers. The image is
 * {@value org.tracechain.network.images.ImageNames#DEFAULT_POSTGRES}, which {@code tracechain images build} makes
 * from Debian's {@code postgresql-15} for machines that cannot pull from Docker Hub, or the image the system property
 * {@value org.tracechain.network.images.ImageNames#POSTGRES_PROPERTY} names ({@code postgres:15}, say, where the
 * official image can be pulled); either is declared a compatible substitute for {@code postgres}.
 *
 * <pre>{@code
 * FabricImages.builder().installation(new FabricInstaller().ensureInstalled()).cacheRoot(cache).build()
 *         .ensureBuilt(List.of(ImageNames.from(System.getProperties()).postgres()));
 * try (PostgreSQLContainer postgres = QueryStoreContainers.newPostgres()) {
 *     postgres.start();
 *     // jdbc:postgresql://localhost:<published port>/tracechain, user and password tracechain
 *     try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
 *             postgres.getPassword())) {
 *         ...
 *     }
 * }
 * }</pre>
 */
public final class QueryStoreContainers {

    /** The database the container creates, the query store's usual one. */
    public static final String DATABASE = "tracechain";
    /** The owner of {@link #DATABASE}, a superuser. */
    public static final String USER = "tracechain";
    /**
     * Its password: a fixed one, as Testcontainers' own default is; the container is a throwaway one whose port is
     * published on the engine's host.
     */
    public static final String PASSWORD = "tracechain";
    /** The container's name on a {@link #newPostgres(Network) shared network}. */
    public static final String NETWORK_ALIAS = "postgres";

    private QueryStoreContainers() {}

    /**
     * A PostgreSQL container, not started, on a Docker network of its own that stopping it removes. Its own
     * network rather than the engine's default one: an engine without a default bridge ({@code scripts/docker-engine.sh}
     * starts one, as sandboxes cannot create {@code docker0}) publishes no ports for containers on it.
     */
    public static PostgreSQLContainer newPostgres() {
        return configure(new OwnNetworkPostgres(image(), Network.newNetwork()));
    }

    /**
     * A PostgreSQL container, not started, on {@code network} as {@value #NETWORK_ALIAS}, for containers on that
     * network (a query store server beside the Fabric nodes) as well as for the host. The network is the caller's.
     */
    public static PostgreSQLContainer newPostgres(final Network network) {
        return configure(new PostgreSQLContainer(image()).withNetwork(network).withNetworkAliases(NETWORK_ALIAS));
    }

    /** The image: {@link ImageNames#POSTGRES_PROPERTY} or our own build, a compatible substitute for postgres. */
    public static DockerImageName image() {
        return DockerImageName.parse(ImageNames.from(System.getProperties()).postgres())
                .asCompatibleSubstituteFor("postgres");
    }

    private static PostgreSQLContainer configure(final PostgreSQLContainer container) {
        return container.withDatabaseName(DATABASE).withUsername(USER).withPassword(PASSWORD);
    }

    /** Removes its network when it stops ({@code close()} stops it too); the network is created when it starts. */
    private static final class OwnNetworkPostgres extends PostgreSQLContainer {

        private final Network ownNetwork;

        OwnNetworkPostgres(final DockerImageName image, final Network network) {
            super(image);
            this.ownNetwork = network;
            withNetwork(network);
        }

        @Override
        public void stop() {
            try {
                super.stop();
            } finally {
                ownNetwork.close();
            }
        }
    }
}
