// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Signature;
import java.util.List;
import org.hyperledger.fabric.client.identity.Identities;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracechain.client.testing.TestCredentials;

class WalletTest {

    @TempDir
    Path home;

    private TestCredentials credentials;
    private Path farmer;

    @BeforeEach
    void write_identity() {
        credentials = TestCredentials.generate("farmer");
        farmer = credentials.writeIdentity(home, "producer", "farmer", "ProducerMSP", List.of("producer"));
    }

    @Test
    void loads_identity_written_by_the_network_module() throws Exception {
        final WalletIdentity identity = Wallet.open(home).identity("producer", "farmer");

        assertThat(identity.organization()).isEqualTo("producer");
        assertThat(identity.user()).isEqualTo("farmer");
        assertThat(identity.mspId()).isEqualTo("ProducerMSP");
        assertThat(identity.roles()).containsExactly("producer");
        assertThat(identity.certificate()).isEqualTo(credentials.certificate());
        assertThat(identity.fabricIdentity().getMspId()).isEqualTo("ProducerMSP");
        assertThat(identity.directory()).isEqualTo(farmer);
    }

    @Test
    void signer_signs_with_the_private_key_of_the_certificate() throws Exception {
        final WalletIdentity identity = Wallet.open(home).identity("producer", "farmer");
        final byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest("hello".getBytes(StandardCharsets.UTF_8));

        final byte[] signature = identity.signer().sign(digest);

        final Signature verifier = Signature.getInstance("NONEwithECDSA");
        verifier.initVerify(identity.certificate().getPublicKey());
        verifier.update(digest);
        assertThat(verifier.verify(signature)).isTrue();
    }

    @Test
    void lists_identities_sorted() throws Exception {
        TestCredentials.generate("carrier").writeIdentity(home, "distributor", "carrier", "DistributorMSP", List.of("logistics"));
        Files.createDirectories(home.resolve("wallet/producer/not-an-identity"));

        assertThat(Wallet.open(home).list()).containsExactly("distributor/carrier", "producer/farmer");
    }

    @Test
    void empty_list_when_no_wallet_directory(@TempDir final Path empty) throws Exception {
        assertThat(Wallet.open(empty).list()).isEmpty();
    }

    @Test
    void missing_identity_names_its_directory() {
        assertThatThrownBy(() -> Wallet.open(home).identity("producer", "nobody"))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("producer/nobody")
                .hasMessageContaining(home.resolve("wallet/producer/nobody").toString());
    }

    @Test
    void missing_certificate_file_names_the_file() throws Exception {
        Files.delete(farmer.resolve("cert.pem"));

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("certificate file not found")
                .hasMessageContaining(farmer.resolve("cert.pem").toString());
    }

    @Test
    void corrupt_certificate_pem_names_the_file() throws Exception {
        Files.writeString(farmer.resolve("cert.pem"), "-----BEGIN CERTIFICATE-----\nnot base64!!\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not a PEM X.509 certificate")
                .hasMessageContaining(farmer.resolve("cert.pem").toString());
    }

    @Test
    void private_key_in_the_certificate_file_is_rejected() throws Exception {
        Files.writeString(farmer.resolve("cert.pem"), credentials.privateKeyPem());

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining(farmer.resolve("cert.pem").toString());
    }

    @Test
    void corrupt_private_key_names_the_file() throws Exception {
        Files.writeString(farmer.resolve("key.pem"), "garbage");

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not a PEM private key")
                .hasMessageContaining(farmer.resolve("key.pem").toString());
    }

    @Test
    void identity_json_without_msp_id_is_rejected() throws Exception {
        Files.writeString(farmer.resolve("identity.json"),
                "{\"organization\":\"producer\",\"user\":\"farmer\",\"certificate\":\"cert.pem\",\"privateKey\":\"key.pem\"}");

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("\"mspId\"")
                .hasMessageContaining(farmer.resolve("identity.json").toString());
    }

    @Test
    void identity_json_that_is_not_json_is_rejected() throws Exception {
        Files.writeString(farmer.resolve("identity.json"), "{organization: producer");

        assertThatThrownBy(() -> WalletIdentity.load(farmer))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void unknown_fields_in_identity_json_are_tolerated() throws Exception {
        Files.writeString(farmer.resolve("identity.json"), "{\"organization\":\"producer\",\"user\":\"farmer\","
                + "\"mspId\":\"ProducerMSP\",\"roles\":[\"producer\"],\"certificate\":\"cert.pem\",\"privateKey\":\"key.pem\","
                + "\"enrolledAt\":\"2025-01-01T00:00:00Z\"}");

        assertThat(WalletIdentity.load(farmer).mspId()).isEqualTo("ProducerMSP");
    }

    @Test
    void key_readable_by_others_still_loads() throws Exception {
        Files.setPosixFilePermissions(farmer.resolve("key.pem"), java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(WalletIdentity.load(farmer).mspId()).isEqualTo("ProducerMSP");
    }

    @Test
    void written_key_is_pkcs8_pem_readable_by_fabric_gateway() throws Exception {
        assertThat(Files.readString(farmer.resolve("key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Identities.readPrivateKey(Files.readString(farmer.resolve("key.pem")))).isNotNull();
    }

    @Test
    void organization_and_user_must_be_plain_names() {
        final Wallet wallet = Wallet.open(home);

        assertThatThrownBy(() -> wallet.identity(null, "farmer"))
                .isInstanceOf(NullPointerException.class).hasMessage("organization must not be null");
        assertThatThrownBy(() -> wallet.identity("producer", " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("user must not be blank");
        assertThatThrownBy(() -> wallet.identity("..", "farmer"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization must be letters");
        assertThatThrownBy(() -> wallet.identity("producer", "../../etc"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("user must be letters");
    }
}
