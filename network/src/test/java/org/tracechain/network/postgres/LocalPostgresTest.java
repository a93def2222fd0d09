// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.process.Directories;

/**
 * A real PostgreSQL server, with this machine's binaries: created once, logged in to over JDBC with the generated
 * password, restarted on its data, stopped without leaving a process. Its directory is under {@code target/}, not
 * a {@code @TempDir}: when the tests run as root, PostgreSQL runs as an unprivileged user who must reach it.
 */
class LocalPostgresTest {

    /** In this part's port block (31000 + 850..): no network of the tests listens there. */
    private static final int PORT = Integer.getInteger("tracechain.test.postgresPort", 31850);

    private Path dir;
    private final AtomicReference<LocalPostgres> running = new AtomicReference<>();

    @BeforeEach
    void directory(final TestInfo test) throws Exception {
        dir = Path.of("target", "postgres-tests", test.getTestMethod().orElseThrow().getName()).toAbsolutePath();
        Directories.deleteRecursively(dir);
        Files.createDirectories(dir);
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        final LocalPostgres pg = running.getAndSet(null);
        if (pg != null) {
            pg.close();
        }
        Directories.deleteRecursively(dir);
    }

    @Test
    void creates_the_database_once_and_lets_only_the_servers_role_in_with_its_password() throws Exception {
        final LocalPostgres pg = start();
        final ConnectionInfo info = pg.connection();

        assertThat(info.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + PORT + "/tracechain");
        assertThat(ConnectionInfo.read(ConnectionInfo.file(dir))).hasValue(info);
        assertThat(Files.getPosixFilePermissions(Path.of(info.passwordFile())))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(info.password()).matches("[A-Za-z0-9]{32}");
        try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select current_user, current_database(),"
                        + " (select rolsuper from pg_roles where rolname = current_user)")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("tracechain");
            assertThat(r.getString(2)).isEqualTo("tracechain");
            assertThat(r.getBoolean(3)).as("the servers' role is no superuser").isFalse();
        }
        assertThatThrownBy(() -> DriverManager.getConnection(info.jdbcUrl(), info.user(), "wrong"))
                .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
        assertThatThrownBy(() -> DriverManager.getConnection(info.jdbcUrl(), "postgres", info.password()))
                .isInstanceOf(SQLException.class).hasMessageContaining("no pg_hba.conf entry");
        assertThat(Files.readString(pg.log())).doesNotContain(info.password());
    }

    @Test
    void starts_again_on_its_data_and_leaves_no_process_when_stopped() throws Exception {
        LocalPostgres pg = start();
        final ConnectionInfo info = pg.connection();
        try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('still here')");
        }
        // A client still connected must not hold the shutdown up (SIGINT: fast shutdown, not SIGTERM's smart one).
        final Connection open = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
        final long firstPid = pg.pid();
        final long started = System.nanoTime();
        pg.close();
        running.set(null);
        open.close();

        assertThat((System.nanoTime() - started) / 1_000_000_000L).isLessThan(10);
        assertThat(ProcessHandle.of(firstPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(postgresProcessesOf(dir)).isEmpty();

        pg = start();
        try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select v from kept")) {
            r.next();
            assertThat(r.getString(1)).isEqualTo("still here");
        }
        pg.close();
        running.set(null);
        assertThat(postgresProcessesOf(dir)).isEmpty();
    }

    @Test
    void the_bundled_binaries_run_a_server_too() throws Exception {
        // Unpacked under target/ rather than the user's cache: when root, PostgreSQL's user must reach them.
        final PostgresBinaries zonky = BundledPostgres.fromClasspath(dir.resolveSibling("cache")).orElseThrow();
        final PostgresCluster cluster = new PostgresCluster(dir, PORT, () -> zonky,
                () -> PostgresOsUser.forThisProcess(System.getenv()));
        final LocalPostgres pg = LocalPostgres.start(cluster);
        running.set(pg);
        final ConnectionInfo info = pg.connection();

        try (Connection c = DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("show server_version")) {
            r.next();
            assertThat(r.getString(1)).startsWith("14.");
        }
        pg.close();
        running.set(null);
        assertThat(postgresProcessesOf(dir)).isEmpty();
    }

    @Test
    void binaries_of_another_major_version_than_the_data_are_refused_by_name() throws Exception {
        start().close();
        running.set(null);
        final PostgresBinaries zonky = BundledPostgres.fromClasspath(dir.resolveSibling("cache")).orElseThrow();
        final PostgresCluster older = new PostgresCluster(dir, PORT, () -> zonky,
                () -> PostgresOsUser.forThisProcess(System.getenv()));

        assertThatThrownBy(older::prepare).hasMessageContaining("was created by PostgreSQL 15")
                .hasMessageContaining("binaries found are PostgreSQL 14").hasMessageContaining("TRACECHAIN_POSTGRES_BIN");
    }

    @Test
    void a_home_below_a_directory_postgres_cannot_enter_keeps_its_database_outside_and_clean_deletes_it(
            @TempDir final Path closed) throws Exception {
        final PostgresOsUser user = PostgresOsUser.forThisProcess(System.getenv());
        Assumptions.assumeTrue(user.switches(), "only root hands PostgreSQL to another user");
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        final Path home = closed.resolve("home");

        final Path data;
        try (LocalPostgres pg = LocalPostgres.start(home, PORT)) {
            data = PostgresLayout.of(home).dataDir();
            assertThat(data).startsWith(Path.of(PostgresCluster.OUTSIDE));
            assertThat(data.resolve("PG_VERSION")).isRegularFile();
            try (Connection c = DriverManager.getConnection(pg.connection().jdbcUrl(), pg.connection().user(),
                    pg.connection().password())) {
                assertThat(c.isValid(5)).isTrue();
            }
        }
        assertThat(postgresProcessesOf(data)).isEmpty();

        PostgresCluster.deleteOutsideData(home);
        assertThat(data.getParent()).doesNotExist();
    }

    private LocalPostgres start() {
        final LocalPostgres pg = LocalPostgres.start(dir, PORT);
        running.set(pg);
        return pg;
    }

    /** Every process on the machine whose command line names {@code dir} (the postmaster and its children). */
    static List<String> postgresProcessesOf(final Path dir) {
        return ProcessHandle.allProcesses().filter(ProcessHandle::isAlive)
                .map(p -> p.info().commandLine().orElse(""))
                .filter(line -> line.contains(dir.toString()))
                .toList();
    }
}
