// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.TestCredentials;
import org.tracechain.server.auth.TokenCheck;
import org.tracechain.server.auth.TokenStore;

class ServerCliTest {

    @TempDir
    Path home;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(final String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return ServerCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                Map.of("TRACECHAIN_HOME", home.toString()));
    }

    @Test
    void token_create_prints_the_token_once_list_never_and_revoke_ends_it() throws Exception {
        TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer");

        assertThat(run("token", "create", "--org", "producer", "--user", "farmer", "--expires", "30d")).isZero();
        final String token = out.toString().strip();
        assertThat(token).matches("tct_[0-9a-f]{16}_[A-Za-z0-9_-]{43}");
        assertThat(err.toString()).contains("producer/farmer").doesNotContain(token);
        final String id = token.substring(4, 20);
        assertThat(TokenStore.open(home, "producer").check(token).outcome()).isEqualTo(TokenCheck.Outcome.VALID);

        assertThat(run("token", "list", "--org", "producer")).isZero();
        assertThat(out.toString()).contains(id).contains("farmer").contains("active")
                .doesNotContain(token.substring(21));

        assertThat(run("token", "revoke", "--org", "producer", id)).isZero();
        assertThat(TokenStore.open(home, "producer").check(token).outcome()).isEqualTo(TokenCheck.Outcome.REVOKED);
        assertThat(run("token", "list", "--org", "producer")).isZero();
        assertThat(out.toString()).contains("revoked");
    }

    @Test
    void a_user_missing_from_the_wallet_gets_no_token() {
        TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer");
        assertThat(run("token", "create", "--org", "producer", "--user", "nobody")).isEqualTo(2);
        assertThat(err.toString()).contains("no user nobody of producer").contains("farmer");
        assertThat(run("token", "revoke", "--org", "producer", "0123456789abcdef")).isEqualTo(2);
    }

    @Test
    void expiry_takes_days_hours_minutes_or_iso_and_nothing_else() {
        assertThat(TokenCommand.validity("30d")).isEqualTo(Duration.ofDays(30));
        assertThat(TokenCommand.validity("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(TokenCommand.validity("90m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(TokenCommand.validity("P2D")).isEqualTo(Duration.ofDays(2));
        for (final String bad : new String[] {"0d", "-1d", "30", "30 d", "PT0S", "1y"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> TokenCommand.validity(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void serve_needs_an_organisation() {
        assertThat(run("serve")).isEqualTo(2);
        assertThat(err.toString()).contains("--org");
    }
}
