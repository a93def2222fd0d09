// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.network.postgres.ConnectionInfo;

class DatabaseSettingsTest {

    private static final String URL = "jdbc:postgresql://db.example:5432/trace";

    @Test
    void the_network_home_gives_its_own_database_and_the_password_from_its_file(@TempDir final Path home)
            throws Exception {
        final Path passwordFile = Files.createDirectories(home.resolve("postgres")).resolve("password");
        Files.writeString(passwordFile, "s3cretPassw0rd\n");
        ConnectionInfo.local(27800, passwordFile).write(ConnectionInfo.file(home));

        final DatabaseSettings settings = DatabaseSettings.fromNetworkHome(home);

        assertThat(settings.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:27800/tracechain");
        assertThat(settings.user()).isEqualTo("tracechain");
        assertThat(settings.password()).isEqualTo("s3cretPassw0rd");
        assertThat(settings.toString()).doesNotContain("s3cretPassw0rd").contains("***");
    }

    @Test
    void a_home_without_a_network_says_how_to_get_a_database(@TempDir final Path home) {
        assertThatThrownBy(() -> DatabaseSettings.fromNetworkHome(home))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tracechain network up").hasMessageContaining("--db-url");
    }

    @Test
    void an_external_database_takes_user_and_password_from_the_environment() {
        final DatabaseSettings settings = DatabaseSettings.fromUrl(URL,
                Map.of("TRACECHAIN_DB_USER", "reader", "TRACECHAIN_DB_PASSWORD", "pw from env"), Optional.empty());

        assertThat(settings.user()).isEqualTo("reader");
        assertThat(settings.password()).isEqualTo("pw from env");
        assertThat(settings.describe()).isEqualTo(URL + " as reader (from --db-url)").doesNotContain("pw from env");
    }

    @Test
    void or_the_password_from_a_file_without_its_final_newline(@TempDir final Path dir) throws Exception {
        final Path option = Files.writeString(dir.resolve("option"), "from option file\n");
        final Path variable = Files.writeString(dir.resolve("variable"), " spaces kept ");

        assertThat(DatabaseSettings.fromUrl(URL, Map.of("TRACECHAIN_DB_PASSWORD_FILE", variable.toString()),
                Optional.of(option)).password()).isEqualTo("from option file");
        assertThat(DatabaseSettings.fromUrl(URL, Map.of("TRACECHAIN_DB_PASSWORD_FILE", variable.toString()),
                Optional.empty()).password()).isEqualTo(" spaces kept ");
        assertThat(DatabaseSettings.fromUrl(URL, Map.of(), Optional.empty()).password()).isNull();
        assertThatThrownBy(() -> DatabaseSettings.fromUrl(URL, Map.of(), Optional.of(dir.resolve("missing"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("password file");
    }

    @Test
    void a_password_in_the_url_is_refused_without_being_repeated() {
        for (final String url : new String[] {URL + "?user=a&password=hunter2", URL + "?ssl=true&PASSWORD=hunter2",
                "jdbc:postgresql://a:hunter2@db.example/trace"}) {
            assertThatThrownBy(() -> DatabaseSettings.fromUrl(url, Map.of(), Optional.empty()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not carry a password")
                    .hasMessageNotContaining("hunter2");
        }
    }

    @Test
    void only_postgresql_urls_are_accepted_and_a_wrong_one_is_not_echoed() {
        assertThatThrownBy(() -> DatabaseSettings.fromUrl("postgres://u:hunter2@db/trace", Map.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void db_url_wins_over_the_network_home(@TempDir final Path home) {
        assertThat(DatabaseSettings.resolve(Optional.of(URL), home, Map.of(), Optional.empty()).jdbcUrl()).isEqualTo(URL);
    }
}
