// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;
import org.tracechain.network.node.Node;
import org.tracechain.network.process.CommandRunner;
import org.tracechain.network.process.Directories;

/**
 * A network's own PostgreSQL cluster in its home ({@link PostgresLayout}): created once, the first time it is
 * {@linkplain #prepare prepared}, with a role {@code tracechain} that owns a database {@code tracechain} and logs in
 * with a generated password (SCRAM-SHA-256) over 127.0.0.1 only; no Unix socket, no other login (the bootstrap
 * superuser has none: it was only used, in single-user mode, to create the role and the database).
 *
 * <p>The cluster is created in a staging directory beside {@code data} and renamed into place once complete, so a
 * creation interrupted half-way is started over rather than used.
 *
 * <pre>{@code
 * PostgresCluster cluster = PostgresCluster.forHome(home, 27800);
 * Node node = cluster.prepare();            // creates the cluster once, writes postgres/connection.json
 * ConnectionInfo info = cluster.connection();
 * }</pre>
 */
public final class PostgresCluster {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresCluster.class);
    private static final Duration INIT_TIMEOUT = Duration.ofMinutes(3);
    private static final String PASSWORD_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /** Loopback only, the role's database only, SCRAM only: nothing else may log in. */
    static final String PG_HBA = """
            # Written by tracechain: the servers' role, over loopback TCP with its password (SCRAM-SHA-256). No Unix
            # socket is opened, and no other role or database may log in.
            # TYPE  DATABASE    USER        ADDRESS         METHOD
            host    tracechain  tracechain  127.0.0.1/32    scram-sha-256
            """;

    private final PostgresLayout layout;
    private final int port;
    private final Supplier<PostgresBinaries> binaries;
    private final Supplier<PostgresOsUser> osUser;

    public PostgresCluster(final Path home, final int port, final Supplier<PostgresBinaries> binaries,
            final Supplier<PostgresOsUser> osUser) {
        this.layout = PostgresLayout.of(home);
        this.port = port;
        this.binaries = binaries;
        this.osUser = osUser;
    }

    /** The cluster of {@code home}, with this machine's binaries and user, listening on 127.0.0.1:{@code port}. */
    public static PostgresCluster forHome(final Path home, final int port) {
        return new PostgresCluster(home, port, () -> PostgresBinaryLocator.forThisMachine().find(),
                () -> PostgresOsUser.forThisProcess(System.getenv()));
    }

    public PostgresLayout layout() {
        return layout;
    }

    public int port() {
        return port;
    }

    /** How the servers reach this cluster (nothing is checked: see {@link #prepare}). */
    public ConnectionInfo connection() {
        return ConnectionInfo.local(port, layout.passwordFile());
    }

    /** The node for {@code status} and {@code stop}: no binaries are looked for. */
    public Node node() {
        return new PostgresNode(layout, port, List.of(), Map.of());
    }

    /**
     * Finds the binaries, creates the cluster if it does not exist yet, writes the connection info, and returns the
     * node that starts the server on it.
     */
    public Node prepare() {
        final PostgresBinaries bin = binaries.get();
        final PostgresOsUser user = osUser.get();
        try {
            Files.createDirectories(layout.root());
            // The user PostgreSQL runs as (when not ours) must pass through to data/; nothing else in it is theirs.
            Files.setPosixFilePermissions(layout.root(),
                    PosixFilePermissions.fromString(user.switches() ? "rwx--x--x" : "rwx------"));
            keepDataOutsideIfClosed(user);
            user.requireReachable(layout.dataDir(), "the network home's database directory");
            user.requireReachable(bin.postgres(), "the PostgreSQL programs");
            if (Files.isRegularFile(layout.dataDir().resolve("PG_VERSION"))) {
                requireUsable(bin);
            } else {
                create(bin, user);
            }
        } catch (IOException e) {
            throw new NetworkException("cannot prepare PostgreSQL in " + layout.root() + ": " + e.getMessage(), e);
        }
        connection().write(layout.connectionFile());
        return new PostgresNode(layout, port, user.wrap(command(bin)), Map.of("LC_ALL", "C", "TZ", "UTC"));
    }

    List<String> command(final PostgresBinaries bin) {
        return List.of(bin.postgres().toString(), "-D", layout.dataDir().toString(), "-p", Integer.toString(port),
                "-c", "listen_addresses=127.0.0.1",
                "-c", "unix_socket_directories=",
                "-c", "password_encryption=scram-sha-256",
                // One server per network on a small machine beside the Fabric nodes: a modest cache and pool.
                "-c", "shared_buffers=32MB",
                "-c", "max_connections=64",
                "-c", "log_line_prefix=%m [%p] ",
                "-c", "log_timezone=UTC");
    }

    private void requireUsable(final PostgresBinaries bin) throws IOException {
        final String created = Files.readString(layout.dataDir().resolve("PG_VERSION"), StandardCharsets.UTF_8).strip();
        final int found = bin.majorVersion();
        if (!created.equals(Integer.toString(found))) {
            throw new NetworkException("the database in " + layout.dataDir() + " was created by PostgreSQL " + created
                    + ", but the binaries found are PostgreSQL " + found + " (" + bin.binDir() + "): point "
                    + "TRACECHAIN_POSTGRES_BIN at PostgreSQL " + created + ", or delete " + layout.root()
                    + " (the query store is rebuilt from the ledger)");
        }
        if (!Files.isRegularFile(layout.passwordFile())) {
            throw new NetworkException(layout.passwordFile() + " is missing, so nobody can log in to the database in "
                    + layout.dataDir() + "; delete " + layout.root() + " to create it afresh (the query store is rebuilt"
                    + " from the ledger)");
        }
    }

    private void create(final PostgresBinaries bin, final PostgresOsUser user) throws IOException {
        final long start = System.nanoTime();
        removeLeftovers();
        final Path staging = layout.dataDir().resolveSibling("data.partial-" + ProcessHandle.current().pid());
        Files.createDirectory(staging, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            user.own(staging);
            CommandRunner.runChecked("initdb", user.wrap(List.of(bin.initdb().toString(), "-D", staging.toString(),
                    "--username=postgres", "--auth=reject", "--encoding=UTF8", "--locale=C", "--no-instructions")),
                    Map.of("LC_ALL", "C", "TZ", "UTC"), layout.root(), INIT_TIMEOUT);
            final String password = newPasswordFile(layout.passwordFile());
            bootstrap(bin, user, staging, password);
            // Written in place: the file keeps the owner initdb gave it.
            Files.writeString(staging.resolve("pg_hba.conf"), PG_HBA, StandardCharsets.UTF_8);
            Files.move(staging, layout.dataDir(), StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Directories.deleteRecursively(staging);
        }
        LOG.info("Created the PostgreSQL database '{}' in {} ({} s; runs as {})", ConnectionInfo.DATABASE,
                layout.dataDir(), String.format("%.1f", (System.nanoTime() - start) / 1e9), user.name());
    }

    /** Creates the role and its database in single-user mode: no server listens while the password is set. */
    private void bootstrap(final PostgresBinaries bin, final PostgresOsUser user, final Path data, final String password)
            throws IOException {
        final String sql = "CREATE ROLE " + ConnectionInfo.USER + " LOGIN PASSWORD '" + password + "';\n"
                + "CREATE DATABASE " + ConnectionInfo.DATABASE + " OWNER " + ConnectionInfo.USER
                + " ENCODING 'UTF8' TEMPLATE template0;\n";
        // log_min_error_statement=panic: a failing statement (with the password in it) is never echoed to the log.
        final List<String> command = user.wrap(List.of(bin.postgres().toString(), "--single", "-D", data.toString(),
                "-F", "-c", "exit_on_error=true", "-c", "log_min_error_statement=panic",
                "-c", "password_encryption=scram-sha-256", "postgres"));
        final ProcessBuilder builder = new ProcessBuilder(command).directory(layout.root().toFile())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(CommandRunner.cleanEnvironment(Map.of("LC_ALL", "C", "TZ", "UTC")));
        final Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(sql.getBytes(StandardCharsets.UTF_8));
        }
        final String output;
        try (InputStream out = process.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        try {
            if (!process.waitFor(INIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new NetworkException("creating the database role did not finish within " + INIT_TIMEOUT.toSeconds()
                        + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while creating the database role", e);
        }
        if (process.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new NetworkException("creating the database role and database failed (exit " + process.exitValue()
                    + "):\n" + output.replace(password, "***").strip());
        }
    }

    /**
     * PostgreSQL refuses to run as root, so under root it runs as another user, who must pass through every directory
     * above its data. A home below a closed directory (a {@code mktemp -d} checkout, {@code /root}) keeps its database
     * in {@value #OUTSIDE} instead, in a directory named after the home, recorded in {@code postgres/data-location}
     * and deleted with the home by {@code clean}. Opening the closed directory to others is not ours to decide.
     */
    private void keepDataOutsideIfClosed(final PostgresOsUser user) throws IOException {
        if (!user.switches() || Files.exists(layout.locationFile()) || Files.isDirectory(layout.dataDir())
                || user.canReach(layout.dataDir())) {
            return;
        }
        final Path base = Path.of(OUTSIDE);
        final Path dir = base.resolve(ConnectionInfo.DATABASE + "-" + homeDigest());
        if (Files.exists(dir)) {
            // Left by an earlier home at this path that was deleted without 'network clean': nothing names it now.
            LOG.info("Removing {}, the database of an earlier home at {}", dir, layout.home());
            Directories.deleteRecursively(dir);
        }
        for (final Path open : List.of(base, dir)) {
            Files.createDirectories(open);
            Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Files.writeString(layout.locationFile(), dir.resolve("data") + "\n", StandardCharsets.UTF_8);
        LOG.info("{} is closed to the user '{}' PostgreSQL runs as: the network's database lives in {} (deleted with the"
                + " home by 'network clean')", layout.home(), user.name(), dir);
    }

    private String homeDigest() {
        try {
            final byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(layout.home().toString().getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Where homes below a closed directory keep their database (see {@link #keepDataOutsideIfClosed}). */
    static final String OUTSIDE = "/var/tmp/tracechain-postgres";

    /**
     * Deletes a database kept outside the home (see {@link #keepDataOutsideIfClosed}); for {@code network clean}.
     *
     * @param home the network home about to be deleted
     */
    public static void deleteOutsideData(final Path home) {
        final PostgresLayout layout = PostgresLayout.of(home);
        if (!Files.isRegularFile(layout.locationFile())) {
            return;
        }
        final Path data = layout.dataDir();
        // Only a directory this class made: never follow a location file to somewhere else.
        if (!data.startsWith(Path.of(OUTSIDE)) || data.getParent().equals(Path.of(OUTSIDE))) {
            throw new NetworkException(layout.locationFile() + " names " + data + ", not a directory below " + OUTSIDE
                    + "; not deleting it");
        }
        try {
            Directories.deleteRecursively(data.getParent());
        } catch (IOException e) {
            throw new NetworkException("cannot delete " + data.getParent() + ": " + e.getMessage(), e);
        }
    }

    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(layout.dataDir().getParent(), "data.partial-*")) {
            for (final Path leftover : leftovers) {
                LOG.info("Removing {}, left by an interrupted creation of the database", leftover.getFileName());
                Directories.deleteRecursively(leftover);
            }
        }
    }

    /**
     * A new random password for the servers' role, written to {@code file} (owner-only, replaced atomically), as the
     * native network's server and a container network's PostgreSQL both keep it.
     */
    public static String newPasswordFile(final Path file) throws IOException {
        final String password = newPassword();
        writeSecret(file, password);
        return password;
    }

    private static String newPassword() {
        final SecureRandom random = new SecureRandom();
        final StringBuilder password = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    private static void writeSecret(final Path file, final String secret) throws IOException {
        final Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, secret + "\n", StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
