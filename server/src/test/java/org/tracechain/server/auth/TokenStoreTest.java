// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenStoreTest {

    @TempDir
    Path home;

    @Test
    void a_token_is_random_shown_once_and_stored_only_as_a_salted_hash_in_a_0600_file() throws Exception {
        final TokenStore store = TokenStore.open(home, "producer");
        final IssuedToken issued = store.create("farmer", Optional.of(Duration.ofDays(30)));
        assertThat(issued.token()).matches("tct_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(issued.token()).startsWith("tct_" + issued.record().id() + "_");
        assertThat(issued.toString()).doesNotContain(issued.token().substring(21));

        final Path file = home.resolve("server/producer/tokens.json");
        assertThat(store.file()).isEqualTo(file);
        final String stored = Files.readString(file);
        assertThat(stored).doesNotContain(issued.token().substring(21)).contains(issued.record().hash());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");
        assertThat(issued.record().expires()).isEqualTo(issued.record().created().plus(Duration.ofDays(30)));
    }

    @Test
    void two_tokens_differ_and_share_no_salt() throws Exception {
        final TokenStore store = TokenStore.open(home, "producer");
        final Set<String> tokens = new HashSet<>();
        final Set<String> salts = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            final IssuedToken issued = store.create("farmer", Optional.empty());
            tokens.add(issued.token());
            salts.add(issued.record().salt());
        }
        assertThat(tokens).hasSize(20);
        assertThat(salts).hasSize(20);
        assertThat(store.list()).hasSize(20);
    }

    @Test
    void check_tells_valid_unknown_expired_and_revoked_apart() throws Exception {
        final Instant t0 = Instant.parse("2026-12-03T10:00:00Z");
        final TokenStore early = new FileTokenStore(home, "producer", Clock.fixed(t0, ZoneOffset.UTC));
        final IssuedToken shortLived = early.create("farmer", Optional.of(Duration.ofHours(1)));
        final IssuedToken revoked = early.create("processor", Optional.empty());
        early.revoke(revoked.record().id());

        assertThat(early.check(shortLived.token()).outcome()).isEqualTo(TokenCheck.Outcome.VALID);
        assertThat(early.check(shortLived.token()).record().orElseThrow().user()).isEqualTo("farmer");
        assertThat(early.check(revoked.token()).outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        final TokenStore later = new FileTokenStore(home, "producer",
                Clock.fixed(t0.plus(Duration.ofHours(1)), ZoneOffset.UTC));
        assertThat(later.check(shortLived.token()).outcome()).isEqualTo(TokenCheck.Outcome.EXPIRED);

        final String wrongSecret = shortLived.token().substring(0, 21) + "B".repeat(43);
        assertThat(early.check(wrongSecret).outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
        assertThat(early.check("tct_" + "0".repeat(16) + "_" + "A".repeat(43)).outcome())
                .isEqualTo(TokenCheck.Outcome.UNKNOWN);
        assertThat(early.check("").outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
        assertThat(early.check(shortLived.token() + "x").outcome()).isEqualTo(TokenCheck.Outcome.UNKNOWN);
    }

    @Test
    void revoking_is_idempotent_and_an_unknown_id_is_refused() throws Exception {
        final TokenStore store = TokenStore.open(home, "producer");
        final IssuedToken issued = store.create("farmer", Optional.empty());
        final TokenRecord first = store.revoke(issued.record().id());
        assertThat(store.revoke(issued.record().id())).isEqualTo(first);
        assertThat(store.list()).singleElement().satisfies(record -> assertThat(record.revoked()).isNotNull());
        assertThatThrownBy(() -> store.revoke("0123456789abcdef")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_validity_must_be_positive() {
        final TokenStore store = TokenStore.open(home, "producer");
        assertThatThrownBy(() -> store.create("farmer", Optional.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
