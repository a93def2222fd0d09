// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import org.tracechain.network.NetworkException;

/**
 * How to reach a network's own PostgreSQL server, as {@code network up} writes it to
 * {@code <home>/postgres/connection.json} for the HTTP servers. The password is not in it: it stays in the owner-only
 * {@link #passwordFile}, so the connection info can be shown and logged.
 *
 * <pre>{@code
 * ConnectionInfo info = ConnectionInfo.read(ConnectionInfo.file(home)).orElseThrow();
 * DriverManager.getConnection(info.jdbcUrl(), info.user(), info.password());
 * }</pre>
 *
 * @param jdbcUrl      {@code jdbc:postgresql://127.0.0.1:<port>/<database>}
 * @param host         always {@code 127.0.0.1}: the server listens on loopback only
 * @param port         from the network's port block ({@code base + 800})
 * @param database     {@code tracechain}
 * @param user         the role the servers log in as ({@code tracechain}, owner of the database)
 * @param passwordFile absolute path of the file holding the role's password (mode 0600)
 */
public record ConnectionInfo(String jdbcUrl, String host, int port, String database, String user, String passwordFile) {

    /** The database and the role the network creates. */
    public static final String DATABASE = "tracechain";
    public static final String USER = "tracechain";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    public ConnectionInfo {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(passwordFile, "passwordFile");
    }

    /** The connection info of a server on 127.0.0.1:{@code port} with the network's database and role. */
    public static ConnectionInfo local(final int port, final Path passwordFile) {
        return new ConnectionInfo("jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE, "127.0.0.1", port, DATABASE,
                USER, passwordFile.toAbsolutePath().normalize().toString());
    }

    /** Where a network home keeps its connection info: {@code <home>/postgres/connection.json}. */
    public static Path file(final Path home) {
        return PostgresLayout.of(home).connectionFile();
    }

    /** The connection info in {@code file}, if there is one. */
    public static Optional<ConnectionInfo> read(final Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ConnectionInfo.class));
        } catch (IOException | RuntimeException e) {
            throw new NetworkException("the PostgreSQL connection info " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Writes this to {@code file} atomically, owner-only. */
    public void write(final Path file) {
        try {
            final Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(tmp, JSON.writeValueAsBytes(this));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NetworkException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The role's password, read from {@link #passwordFile}. */
    public String password() {
        final Path file = Path.of(passwordFile);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new NetworkException("cannot read the PostgreSQL password file " + file + ": " + e.getMessage(), e);
        }
    }
}
