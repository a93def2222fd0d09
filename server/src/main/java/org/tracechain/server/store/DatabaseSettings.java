// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tracechain.network.NetworkException;
import org.tracechain.network.postgres.ConnectionInfo;

/**
 * Where the query store's database is and how to log in: the network's own PostgreSQL (from
 * {@code <home>/postgres/connection.json}, written by {@code network up}), or an external one given with
 * {@code --db-url}. A password never comes from the command line, where the process list and the shell's history
 * would show it: it comes from the network home's password file, from {@value #PASSWORD_VARIABLE}, or from a file
 * ({@value #PASSWORD_FILE_VARIABLE} or {@code --db-password-file}); the user from {@value #USER_VARIABLE} or the URL.
 *
 * <pre>{@code
 * DatabaseSettings own = DatabaseSettings.fromNetworkHome(Path.of(".tracechain"));
 * DatabaseSettings external = DatabaseSettings.fromUrl("jdbc:postgresql://db.example:5432/trace", System.getenv(),
 *         Optional.empty());
 * }</pre>
 *
 * @param jdbcUrl  a {@code jdbc:postgresql:} URL without a password in it
 * @param user     the role to log in as, or null to let the URL name it
 * @param password the password, or null when the server asks for none; never printed by {@link #toString()}
 * @param origin   where these settings came from, for messages
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, String origin) {

    public static final String USER_VARIABLE = "TRACECHAIN_DB_USER";
    public static final String PASSWORD_VARIABLE = "TRACECHAIN_DB_PASSWORD";
    public static final String PASSWORD_FILE_VARIABLE = "TRACECHAIN_DB_PASSWORD_FILE";

    private static final Pattern PASSWORD_IN_URL = Pattern.compile("[?&;]password=", Pattern.CASE_INSENSITIVE);

    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(origin, "origin");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            // Not echoed: a mistyped URL may well carry a password.
            throw new IllegalArgumentException("the database URL must be a PostgreSQL JDBC URL"
                    + " (jdbc:postgresql://host:port/database)");
        }
        if (PASSWORD_IN_URL.matcher(jdbcUrl).find() || jdbcUrl.matches("jdbc:postgresql://[^/?]*:[^/?]*@.*")) {
            throw new IllegalArgumentException("the database URL must not carry a password (the process list and the"
                    + " shell's history would show it): put it in " + PASSWORD_VARIABLE + " or in a file named by "
                    + PASSWORD_FILE_VARIABLE + " or --db-password-file");
        }
    }

    /** The network's own database, as {@code network up} recorded it in the home. */
    public static DatabaseSettings fromNetworkHome(final Path home) {
        final Path file = ConnectionInfo.file(home);
        final ConnectionInfo info;
        try {
            info = ConnectionInfo.read(file).orElseThrow(() -> new IllegalStateException("no database is recorded in "
                    + file + ": start the network first (tracechain network up), or give an external database with"
                    + " --db-url"));
            return new DatabaseSettings(info.jdbcUrl(), info.user(), info.password(), "the network home " + home);
        } catch (NetworkException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /**
     * An external database: {@code url}, with the user from {@value #USER_VARIABLE} (else the URL) and the password
     * from {@value #PASSWORD_VARIABLE}, else the file {@code passwordFile}, else the file named by
     * {@value #PASSWORD_FILE_VARIABLE}, else none.
     */
    public static DatabaseSettings fromUrl(final String url, final Map<String, String> env,
            final Optional<Path> passwordFile) {
        final String user = setting(env, USER_VARIABLE).orElse(null);
        final Optional<String> file = passwordFile.map(Path::toString).or(() -> setting(env, PASSWORD_FILE_VARIABLE));
        final String password = setting(env, PASSWORD_VARIABLE).orElseGet(() -> file.map(f -> readPassword(Path.of(f)))
                .orElse(null));
        return new DatabaseSettings(url, user, password, "--db-url");
    }

    /** {@code --db-url} if given, else the network home's own database. */
    public static DatabaseSettings resolve(final Optional<String> dbUrl, final Path home, final Map<String, String> env,
            final Optional<Path> passwordFile) {
        return dbUrl.isPresent() ? fromUrl(dbUrl.get(), env, passwordFile) : fromNetworkHome(home);
    }

    /** The URL and the user, never the password. */
    public String describe() {
        return jdbcUrl + (user == null ? "" : " as " + user) + " (from " + origin + ")";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", password " + (password == null ? "none" : "***") + "]";
    }

    private static String readPassword(final Path file) {
        try {
            final String content = Files.readString(file, StandardCharsets.UTF_8);
            // One line; the newline an editor or echo adds is not part of it.
            return content.endsWith("\n") ? content.substring(0, content.length() - 1).replaceFirst("\r$", "") : content;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the database password file " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> setting(final Map<String, String> env, final String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isEmpty());
    }
}
