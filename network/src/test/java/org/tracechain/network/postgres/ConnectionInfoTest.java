// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.NetworkException;

class ConnectionInfoTest {

    @Test
    void is_written_owner_only_beside_the_password_and_read_back(@TempDir final Path home) throws Exception {
        final PostgresLayout layout = PostgresLayout.of(home);
        Files.createDirectories(layout.root());
        Files.writeString(layout.passwordFile(), "Abc123\n");
        final ConnectionInfo info = ConnectionInfo.local(27800, layout.passwordFile());

        info.write(ConnectionInfo.file(home));

        assertThat(ConnectionInfo.file(home)).isEqualTo(home.resolve("postgres/connection.json"));
        assertThat(Files.getPosixFilePermissions(ConnectionInfo.file(home)))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(ConnectionInfo.file(home))).doesNotContain("Abc123");
        assertThat(ConnectionInfo.read(ConnectionInfo.file(home))).hasValue(info);
        assertThat(info.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:27800/tracechain");
        assertThat(info.user()).isEqualTo("tracechain");
        assertThat(info.password()).isEqualTo("Abc123");
    }

    @Test
    void a_home_without_it_has_none_and_a_damaged_one_is_named(@TempDir final Path home) throws Exception {
        assertThat(ConnectionInfo.read(ConnectionInfo.file(home))).isEmpty();

        Files.createDirectories(home.resolve("postgres"));
        Files.writeString(ConnectionInfo.file(home), "{\"jdbcUrl\": ");
        assertThatThrownBy(() -> ConnectionInfo.read(ConnectionInfo.file(home)))
                .isInstanceOf(NetworkException.class).hasMessageContaining("connection.json is unreadable");
    }
}
