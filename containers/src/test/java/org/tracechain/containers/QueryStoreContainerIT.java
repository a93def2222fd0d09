// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container.ExecResult;
import org.testcontainers.containers.ExecConfig;
import org.testcontainers.containers.Network;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.tracechain.network.images.BuiltImage;
import org.tracechain.network.images.FabricImages;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.install.FabricInstaller;

/**
 * The query store's PostgreSQL from {@link QueryStoreContainers} (profile {@code -Pcontainers}): the image is built
 * when missing, the container becomes ready as Testcontainers' {@code PostgreSQLContainer} expects, the server's own
 * Flyway migrations apply to it, exact decimals and any Unicode text come back unchanged, it requires the password
 * and runs as {@code postgres}; and no container or network is left afterwards (Ryuk, the reaper, is disabled: its image is on
 * Docker Hub, which offline machines cannot reach).
 */
class QueryStoreContainerIT {

    private static final FabricInstaller INSTALLER = new FabricInstaller();

    private static final Logger LOG = LoggerFactory.getLogger(QueryStoreContainerIT.class);
    /** The server's migrations, read from its sources: this module does not depend on the server. */
    private static final String MIGRATIONS = "server/src/main/resources/org/tracechain/server/store/migration";

    @BeforeAll
    static void buildImage() {
        // Only this image and the Debian image it is built on: the Fabric images are not this test's business.
        final FabricImages images = FabricImages.builder()
                .installation(INSTALLER.ensureInstalled())
                .cacheRoot(INSTALLER.cacheRoot())
                .build();
        final List<BuiltImage> built =
                images.ensureBuilt(List.of(ImageNames.from(System.getProperties()).postgres()));
        built.forEach(image -> LOG.info("{}: {} ({} MB, {} s)", image.name(), image.rebuilt() ? "built" : "up to date",
                image.sizeBytes() / 1_000_000, image.took().toMillis() / 1000.0));
    }

    @AfterAll
    static void nothingIsLeftRunning() {
        final var left = DockerClientFactory.instance().client().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL,
                        DockerClientFactory.SESSION_ID))
                .exec();
        assertThat(left).as("containers of this test still present").isEmpty();
        final var networks = DockerClientFactory.instance().client().listNetworksCmd()
                .withFilter("label", List.of(DockerClientFactory.TESTCONTAINERS_SESSION_ID_LABEL + "="
                        + DockerClientFactory.SESSION_ID))
                .exec();
        assertThat(networks).as("networks of this test still present").isEmpty();
    }

    @Test
    void takes_the_servers_migrations_and_returns_exact_decimals_and_unicode_text() throws Exception {
        try (PostgreSQLContainer postgres = QueryStoreContainers.newPostgres()) {
            final long start = System.nanoTime();
            postgres.start();
            LOG.info("{} started in {} s", postgres.getDockerImageName(),
                    Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);

            assertThat(postgres.getJdbcUrl()).endsWith("/" + QueryStoreContainers.DATABASE + "?loggerLevel=OFF");
            // The set-up server and the real one: the second "ready" is the one clients were let through on.
            assertThat(postgres.getLogs().split("database system is ready to accept connections", -1)).hasSize(3);
            final ExecResult whoami = postgres.execInContainer("id", "-un");
            assertThat(whoami.getStdout().strip()).isEqualTo("postgres");

            final MigrateResult migrated = Flyway.configure(QueryStoreContainerIT.class.getClassLoader())
                    .dataSource(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword())
                    .locations("filesystem:" + projectRoot().resolve(MIGRATIONS))
                    .failOnMissingLocations(true)
                    .cleanDisabled(true)
                    .load()
                    .migrate();
            assertThat(migrated.migrationsExecuted).isEqualTo(migrationCount()).isPositive();

            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                    postgres.getPassword())) {
                assertThat(tables(connection)).contains("store_checkpoint", "lots", "flyway_schema_history");
                roundTrip(connection);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                    "not-the-password").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        }
    }

    @Test
    void on_a_shared_network_answers_to_its_alias() throws Exception {
        try (Network network = Network.newNetwork();
                PostgreSQLContainer postgres = QueryStoreContainers.newPostgres(network)) {
            postgres.start();

            // Another container on the network reaches it by name, with the password, as a server would.
            final ExecResult byAlias = postgres.execInContainer(ExecConfig.builder()
                    .envVars(Map.of("PGPASSWORD", QueryStoreContainers.PASSWORD))
                    .command(new String[] {"psql", "-h", QueryStoreContainers.NETWORK_ALIAS, "-U",
                        QueryStoreContainers.USER, "-d", QueryStoreContainers.DATABASE, "-tAc",
                        "SELECT current_database()"})
                    .build());
            assertThat(byAlias.getExitCode()).as(byAlias.getStderr()).isZero();
            assertThat(byAlias.getStdout().strip()).isEqualTo(QueryStoreContainers.DATABASE);
        }
    }

    private static void roundTrip(final Connection connection) throws SQLException {
        final BigDecimal amount = new BigDecimal("12345678901234567890.123456789");
        final String text = "Café 漢字 😀 'é漢😀'";
        try (var ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMPORARY TABLE round_trip (amount numeric NOT NULL, text text NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO round_trip VALUES (?, ?)")) {
            insert.setBigDecimal(1, amount);
            insert.setString(2, text);
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT amount, text, amount::text, octet_length(text) FROM round_trip");
                ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            // equals, not compareTo: the scale must survive too.
            assertThat(row.getBigDecimal(1)).isEqualTo(amount);
            assertThat(row.getString(2)).isEqualTo(text);
            assertThat(row.getString(3)).isEqualTo("12345678901234567890.123456789");
            // Stored as UTF-8 in the database, not mangled on the way: 4 bytes for the emoji, 3 per Han character.
            assertThat(row.getInt(4)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    private static List<String> tables(final Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
                ResultSet rows = select.executeQuery()) {
            final List<String> names = new ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        }
    }

    private static long migrationCount() throws IOException {
        try (Stream<Path> files = Files.list(projectRoot().resolve(MIGRATIONS))) {
            return files.filter(file -> file.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
    }

    private static Path projectRoot() {
        return Path.of(System.getProperty("tracechain.project.root", "..")).toAbsolutePath().normalize();
    }
}
