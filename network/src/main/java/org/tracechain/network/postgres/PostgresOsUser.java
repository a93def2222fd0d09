// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.network.NetworkException;
import org.tracechain.network.process.CommandRunner;

/**
 * The operating-system user PostgreSQL's programs run as. PostgreSQL refuses to run as root ("root execution of the
 * PostgreSQL server is not permitted"), so when this process is root (containers, CI machines) they run as an
 * unprivileged user instead: {@code TRACECHAIN_POSTGRES_USER}, by default {@code postgres} (which the distributions'
 * packages create), through util-linux's {@code setpriv}, which changes user and then executes the program itself,
 * so the PID tracked is PostgreSQL's own and no password prompt is involved. Otherwise they run as this process's
 * user and nothing changes.
 */
public final class PostgresOsUser {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    /** Null when PostgreSQL runs as this process's user. */
    private final String user;
    private final String group;

    private PostgresOsUser(final String user, final String group) {
        this.user = user;
        this.group = group;
    }

    /** PostgreSQL runs as this process's user. */
    static PostgresOsUser self() {
        return new PostgresOsUser(null, null);
    }

    /** The user for this process: itself unless it is root. */
    public static PostgresOsUser forThisProcess(final Map<String, String> env) {
        if (!isRoot()) {
            return self();
        }
        final String name = Optional.ofNullable(env.get("TRACECHAIN_POSTGRES_USER")).filter(v -> !v.isBlank())
                .orElse("postgres");
        if (!Files.isExecutable(SETPRIV)) {
            throw new NetworkException("PostgreSQL refuses to run as root, and " + SETPRIV + " (util-linux), which runs"
                    + " it as the unprivileged user '" + name + "', is missing; run tracechain as another user, or give"
                    + " the servers an external database with --db-url");
        }
        final CommandRunner.Result gid = CommandRunner.run(List.of("id", "-g", name), Map.of(), Path.of("/"),
                Duration.ofSeconds(10));
        if (!gid.ok() || !gid.output().strip().matches("\\d+")) {
            throw new NetworkException("PostgreSQL refuses to run as root, and there is no user '" + name
                    + "' to run it as: create one (useradd --system " + name + ") or name another with "
                    + "TRACECHAIN_POSTGRES_USER, run tracechain as another user, or use --db-url");
        }
        return new PostgresOsUser(name, gid.output().strip());
    }

    private static boolean isRoot() {
        try {
            return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** Whether PostgreSQL runs as another user than this process. */
    public boolean switches() {
        return user != null;
    }

    /** The user's name, for messages. */
    public String name() {
        return user == null ? System.getProperty("user.name") : user;
    }

    /** {@code command} as run by this user. */
    List<String> wrap(final List<String> command) {
        if (user == null) {
            return command;
        }
        final List<String> wrapped = new ArrayList<>(List.of(SETPRIV.toString(), "--reuid=" + user, "--regid=" + group,
                "--init-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    /** Gives {@code path} (recursively) to this user; nothing to do when it is this process's own. */
    void own(final Path path) {
        if (user != null) {
            CommandRunner.runChecked("chown " + path, List.of("chown", "-R", user + ":" + group, path.toString()),
                    Map.of(), Path.of("/"), Duration.ofMinutes(2));
        }
    }

    /** Whether this user can pass through every directory above {@code path}. */
    boolean canReach(final Path path) {
        return firstClosedAbove(path).isEmpty();
    }

    /**
     * Fails naming the directory when this user could not reach {@code path}: every directory above it must let
     * others pass ({@code o+x}) when PostgreSQL runs as another user.
     */
    void requireReachable(final Path path, final String what) {
        firstClosedAbove(path).ifPresent(dir -> {
            throw new NetworkException("PostgreSQL runs as the user '" + user + "' (it refuses root), who cannot"
                    + " reach " + what + " " + path + ": " + dir + " is closed to others or unreadable (chmod o+x "
                    + dir + ", or choose a home or TRACECHAIN_CACHE elsewhere)");
        });
    }

    /** The nearest directory above {@code path} that this user may not pass (or that cannot be read), if any. */
    private Optional<Path> firstClosedAbove(final Path path) {
        if (user == null) {
            return Optional.empty();
        }
        for (Path dir = path.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
            try {
                final PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class);
                if (!attributes.permissions().contains(PosixFilePermission.OTHERS_EXECUTE)
                        && !attributes.owner().getName().equals(user)) {
                    return Optional.of(dir);
                }
            } catch (IOException e) {
                return Optional.of(dir); // missing or unreadable: no way through it either
            }
        }
        return Optional.empty();
    }
}
