// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.TestCredentials;

class GatewayProfileTest {

    @TempDir
    Path home;

    @Test
    void loads_profile_written_by_the_network_module() throws Exception {
        TestCredentials.generate("tlsca").writeProfile(home, "producer", "ProducerMSP", "127.0.0.1:7051",
                "peer0.producer.tracechain.test", List.of("foodtrace"));

        final GatewayProfile profile = GatewayProfile.load(home, "producer");

        assertThat(profile.organization()).isEqualTo("producer");
        assertThat(profile.mspId()).isEqualTo("ProducerMSP");
        assertThat(profile.peerEndpoint()).isEqualTo("127.0.0.1:7051");
        assertThat(profile.peerHostOverride()).contains("peer0.producer.tracechain.test");
        assertThat(profile.tlsRootCertificate()).isEqualTo(home.resolve("tls/producer-tlsca.pem").toAbsolutePath());
        assertThat(profile.channels()).containsExactly("foodtrace");
    }

    @Test
    void host_override_is_optional() throws Exception {
        final Path file = TestCredentials.generate("tlsca").writeProfile(home, "regulator", "RegulatorMSP",
                "localhost:9051", null, List.of("foodtrace", "govdir"));

        final GatewayProfile profile = GatewayProfile.load(file);

        assertThat(profile.peerHostOverride()).isEmpty();
        assertThat(profile.channels()).containsExactly("foodtrace", "govdir");
    }

    @Test
    void missing_profile_names_the_file() {
        assertThatThrownBy(() -> GatewayProfile.load(home, "producer"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("gateway profile not found")
                .hasMessageContaining(home.resolve("gateways/producer.json").toString());
    }

    @Test
    void profile_without_endpoint_is_rejected() throws Exception {
        final Path file = Files.createDirectories(home.resolve("gateways")).resolve("producer.json");
        Files.writeString(file, "{\"organization\":\"producer\",\"mspId\":\"ProducerMSP\",\"tlsRootCertificate\":\"/x.pem\"}");

        assertThatThrownBy(() -> GatewayProfile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("\"peerEndpoint\"")
                .hasMessageContaining(file.toString());
    }

    @Test
    void profile_with_endpoint_without_port_is_rejected() throws Exception {
        final Path file = Files.createDirectories(home.resolve("gateways")).resolve("producer.json");
        Files.writeString(file, "{\"organization\":\"producer\",\"mspId\":\"ProducerMSP\",\"peerEndpoint\":\"localhost\","
                + "\"tlsRootCertificate\":\"/x.pem\"}");

        assertThatThrownBy(() -> GatewayProfile.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is invalid: peerEndpoint must be host:port");
    }

    @Test
    void builder_checks_each_argument_immediately() {
        final GatewayProfile.Builder builder = GatewayProfile.newBuilder();

        assertThatThrownBy(() -> builder.organization(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("organization must not be null");
        assertThatThrownBy(() -> builder.mspId("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mspId must not be blank");
        assertThatThrownBy(() -> builder.peerEndpoint("host:")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peerEndpoint must be host:port");
        assertThatThrownBy(() -> builder.peerEndpoint("host:port")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.peerHostOverride("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("peerHostOverride must not be blank");
        assertThatThrownBy(() -> builder.tlsRootCertificate(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("tlsRootCertificate must not be null");
        assertThatThrownBy(() -> builder.channels("foodtrace", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("channels[1] must not be null");
        assertThatThrownBy(() -> builder.channels(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel must not be blank");
    }

    @Test
    void build_requires_endpoint_and_trust_root() {
        final GatewayProfile.Builder builder = GatewayProfile.newBuilder().organization("producer").mspId("ProducerMSP");

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessage("peerEndpoint was not set");
        builder.peerEndpoint("[::1]:7051");
        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class)
                .hasMessage("tlsRootCertificate was not set");
        assertThat(builder.tlsRootCertificate(Path.of("/ca.pem")).build().peerEndpoint()).isEqualTo("[::1]:7051");
    }
}
