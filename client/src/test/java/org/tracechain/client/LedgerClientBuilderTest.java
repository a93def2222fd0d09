// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.FakeGateway;
import org.tracechain.client.testing.TestCredentials;

class LedgerClientBuilderTest {

    @TempDir
    Path home;

    @Test
    void rejects_null_arguments_naming_them() {
        final LedgerClient.Builder builder = LedgerClient.newBuilder();

        assertThatThrownBy(() -> builder.home(null)).isInstanceOf(NullPointerException.class).hasMessage("home must not be null");
        assertThatThrownBy(() -> builder.organization(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("organization must not be null");
        assertThatThrownBy(() -> builder.user(null)).isInstanceOf(NullPointerException.class).hasMessage("user must not be null");
        assertThatThrownBy(() -> builder.identity(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("identity must not be null");
        assertThatThrownBy(() -> builder.profile(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("profile must not be null");
        assertThatThrownBy(() -> builder.connection(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("connection must not be null");
        assertThatThrownBy(() -> builder.evaluateTimeout(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("evaluateTimeout must not be null");
    }

    @Test
    void rejects_blank_names_and_non_positive_timeouts() {
        final LedgerClient.Builder builder = LedgerClient.newBuilder();

        assertThatThrownBy(() -> builder.organization("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("organization must not be blank");
        assertThatThrownBy(() -> builder.user("far mer")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("user must be letters");
        assertThatThrownBy(() -> builder.endorseTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("endorseTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> builder.submitTimeout(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("submitTimeout must be positive");
        assertThatThrownBy(() -> builder.commitStatusTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("commitStatusTimeout must be positive");
    }

    @Test
    void connect_needs_an_identity_or_organization_and_user() {
        assertThatThrownBy(() -> LedgerClient.newBuilder().home(home).organization("producer").connect())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("set organization and user, or identity, before connect()");
    }

    @Test
    void connects_from_wallet_and_gateway_profile_files() throws Exception {
        final TestCredentials credentials = TestCredentials.generate("farmer");
        credentials.writeIdentity(home, "producer", "farmer", "ProducerMSP", List.of("producer"));
        credentials.writeProfile(home, "producer", "ProducerMSP", "127.0.0.1:7051", "peer0.producer.tracechain.test",
                List.of("foodtrace"));

        // The TLS channel dials lazily, so connecting needs no peer.
        try (LedgerClient client = LedgerClient.newBuilder().home(home).organization("producer").user("farmer").connect()) {
            assertThat(client.mspId()).isEqualTo("ProducerMSP");
            assertThat(client.organization()).isEqualTo("producer");
            assertThat(client.user()).isEqualTo("farmer");
            assertThat(client.contract("foodtrace", "foodtrace").chaincode()).isEqualTo("foodtrace");
        }
    }

    @Test
    void missing_tls_root_certificate_names_the_file() throws Exception {
        final TestCredentials credentials = TestCredentials.generate("farmer");
        credentials.writeIdentity(home, "producer", "farmer", "ProducerMSP", List.of("producer"));
        credentials.writeProfile(home, "producer", "ProducerMSP", "127.0.0.1:7051", null, List.of("foodtrace"));
        Files.delete(home.resolve("tls/producer-tlsca.pem"));

        assertThatThrownBy(() -> LedgerClient.newBuilder().home(home).organization("producer").user("farmer").connect())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("TLS root certificate of producer not readable")
                .hasMessageContaining("producer-tlsca.pem");
    }

    @Test
    void missing_gateway_profile_names_the_file() {
        TestCredentials.generate("farmer").writeIdentity(home, "producer", "farmer", "ProducerMSP", List.of("producer"));

        assertThatThrownBy(() -> LedgerClient.newBuilder().home(home).organization("producer").user("farmer").connect())
                .isInstanceOf(IOException.class)
                .hasMessageContaining(home.resolve("gateways/producer.json").toString());
    }

    @Test
    void closed_client_refuses_new_contracts_and_close_is_idempotent() throws Exception {
        try (FakeGateway gateway = FakeGateway.start()) {
            final LedgerClient client = LedgerClient.newBuilder()
                    .identity(TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer"))
                    .connection(gateway.channel())
                    .connect();
            client.close();
            client.close();

            assertThatThrownBy(() -> client.contract("foodtrace", "foodtrace"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("is closed");
            assertThat(gateway.channel().isShutdown()).as("a caller-owned channel stays open").isFalse();
        }
    }

    @Test
    void contract_names_are_checked() throws Exception {
        try (FakeGateway gateway = FakeGateway.start();
                LedgerClient client = LedgerClient.newBuilder()
                        .identity(TestCredentials.identity(home, "producer", "farmer", "ProducerMSP", "producer"))
                        .connection(gateway.channel())
                        .connect()) {
            assertThatThrownBy(() -> client.contract(null, "foodtrace")).isInstanceOf(NullPointerException.class)
                    .hasMessage("channel must not be null");
            assertThatThrownBy(() -> client.contract("foodtrace", " ")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("chaincode must not be blank");
            assertThatThrownBy(() -> client.newChaincodeEventListener("", "x")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("channel must not be blank");
        }
    }
}
