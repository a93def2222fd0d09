// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoGeneratorTest {

    @TempDir
    Path root;

    @Test
    void peer_org_gets_exactly_the_cryptogen_layout() {
        final OrgMaterial material = CryptoGenerator.generate(root, Fixtures.farm());

        final String d = "farm.tracechain.test";
        assertThat(material.orgDir()).isEqualTo(root.resolve("peerOrganizations").resolve(d));
        final List<String> expected = new ArrayList<>(List.of(
                "ca/ca." + d + "-cert.pem", "ca/priv_sk",
                "tlsca/tlsca." + d + "-cert.pem", "tlsca/priv_sk",
                "msp/cacerts/ca." + d + "-cert.pem", "msp/tlscacerts/tlsca." + d + "-cert.pem", "msp/config.yaml"));
        for (String peer : List.of("peer0", "peer1")) {
            expected.addAll(identityFiles("peers/" + peer + "." + d, peer + "." + d, "server", d));
        }
        for (String user : List.of("Admin", "farmer", "clerk")) {
            expected.addAll(identityFiles("users/" + user + "@" + d, user + "@" + d, "client", d));
        }
        assertThat(Fixtures.snapshot(material.orgDir()).keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void orderer_org_lives_under_ordererOrganizations_with_orderers() {
        final OrgMaterial material = CryptoGenerator.generate(root, Fixtures.orderers());

        assertThat(material.orgDir()).isEqualTo(root.resolve("ordererOrganizations/orderer.tracechain.test"));
        assertThat(material.nodeDir("orderer1"))
                .isEqualTo(material.orgDir().resolve("orderers/orderer1.orderer.tracechain.test"));
        assertThat(material.nodeTlsCert("orderer1")).isRegularFile().hasFileName("server.crt");
        assertThat(material.nodeTlsKey("orderer1")).isRegularFile().hasFileName("server.key");
        assertThat(material.nodeTlsCaCert("orderer1")).isRegularFile().hasFileName("ca.crt");
        assertThat(material.nodeCert("orderer1")).isRegularFile()
                .hasFileName("orderer1.orderer.tracechain.test-cert.pem");
    }

    @Test
    void accessors_point_at_the_generated_files() {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        assertThat(m.caCert()).isRegularFile().hasFileName("ca.farm.tracechain.test-cert.pem");
        assertThat(m.tlsCaCert()).isRegularFile().hasFileName("tlsca.farm.tracechain.test-cert.pem");
        assertThat(m.orgMspDir().resolve("config.yaml")).isRegularFile();
        assertThat(m.nodeMspDir("peer0").resolve("keystore/priv_sk")).isEqualTo(m.nodeKey("peer0")).isRegularFile();
        assertThat(m.nodeTlsDir("peer0").resolve("server.crt")).isEqualTo(m.nodeTlsCert("peer0"));
        assertThat(m.userCert("farmer")).isRegularFile().hasFileName("farmer@farm.tracechain.test-cert.pem")
                .hasParent(m.userMspDir("farmer").resolve("signcerts"));
        assertThat(m.userKey("farmer")).isRegularFile().hasParent(m.userMspDir("farmer").resolve("keystore"));
        assertThat(m.userTlsCert("farmer")).isRegularFile().hasParent(m.userTlsDir("farmer"));
        assertThat(m.userTlsKey("farmer")).isRegularFile().hasFileName("client.key");
        assertThat(m.nodeName("peer0")).isEqualTo("peer0.farm.tracechain.test");
        assertThat(m.userName("Admin")).isEqualTo("Admin@farm.tracechain.test");
    }

    @Test
    void accessors_refuse_undeclared_nodes_and_users() {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        assertThatThrownBy(() -> m.nodeMspDir("peer9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peer9");
        assertThatThrownBy(() -> m.userCert("admin")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'admin'");
    }

    @Test
    void every_msp_has_the_node_ou_config() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        final String ca = "cacerts/ca.farm.tracechain.test-cert.pem";
        final String expected = "NodeOUs:\n  Enable: true\n"
                + "  ClientOUIdentifier:\n    Certificate: " + ca + "\n    OrganizationalUnitIdentifier: client\n"
                + "  PeerOUIdentifier:\n    Certificate: " + ca + "\n    OrganizationalUnitIdentifier: peer\n"
                + "  AdminOUIdentifier:\n    Certificate: " + ca + "\n    OrganizationalUnitIdentifier: admin\n"
                + "  OrdererOUIdentifier:\n    Certificate: " + ca + "\n    OrganizationalUnitIdentifier: orderer\n";
        for (Path msp : List.of(m.orgMspDir(), m.nodeMspDir("peer0"), m.nodeMspDir("peer1"), m.userMspDir("Admin"),
                m.userMspDir("farmer"), m.userMspDir("clerk"))) {
            assertThat(Files.readString(msp.resolve("config.yaml"))).as(msp.toString()).isEqualTo(expected);
            assertThat(msp.resolve(ca)).hasSameBinaryContentAs(m.caCert());
            assertThat(msp.resolve("tlscacerts/tlsca.farm.tracechain.test-cert.pem"))
                    .hasSameBinaryContentAs(m.tlsCaCert());
        }
        assertThat(m.nodeTlsCaCert("peer0")).hasSameBinaryContentAs(m.tlsCaCert());
        assertThat(m.userTlsDir("farmer").resolve("ca.crt")).hasSameBinaryContentAs(m.tlsCaCert());
    }

    @Test
    void private_keys_are_pkcs8_pem_readable_only_by_the_owner() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        for (Path key : List.of(m.caKey(), m.tlsCaKey(), m.nodeKey("peer0"), m.nodeTlsKey("peer0"), m.userKey("farmer"),
                m.userTlsKey("farmer"))) {
            assertThat(Files.readString(key, StandardCharsets.US_ASCII)).as(key.toString())
                    .startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).as(key.toString())
                    .isEqualTo("rw-------");
        }
        for (Path dir : List.of(m.caKey().getParent(), m.tlsCaKey().getParent(), m.nodeKey("peer0").getParent(),
                m.nodeTlsDir("peer0"), m.userKey("farmer").getParent(), m.userTlsDir("farmer"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).as(dir.toString())
                    .isEqualTo("rwx------");
        }
        assertThat(Files.readString(m.userCert("farmer"))).startsWith("-----BEGIN CERTIFICATE-----\n");
    }

    @Test
    void second_call_reuses_the_material_byte_for_byte() {
        final OrgMaterial first = CryptoGenerator.generate(root, Fixtures.farm());
        final Map<String, byte[]> before = Fixtures.snapshot(root);

        final OrgMaterial second = CryptoGenerator.generate(root, Fixtures.farm());

        assertThat(second).isEqualTo(first);
        assertThat(Fixtures.snapshot(root)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void a_relative_root_gives_absolute_paths() {
        final Path relative = Path.of("").toAbsolutePath().relativize(root);

        final OrgMaterial material = CryptoGenerator.generate(relative, Fixtures.orderers());

        assertThat(material.orgDir()).isAbsolute().isEqualTo(root.resolve("ordererOrganizations/orderer.tracechain.test"));
    }

    @Test
    void a_new_user_is_issued_by_the_existing_ca_without_touching_existing_files() {
        final OrgMaterial first = CryptoGenerator.generate(root, Fixtures.farm());
        final Map<String, byte[]> before = Fixtures.snapshot(first.orgDir());
        final OrgCrypto grown = new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                Fixtures.farm().nodes(), append(Fixtures.farm().users(),
                        UserIdentity.client("inspector", Map.of("role", "inspector"))));

        final OrgMaterial second = CryptoGenerator.generate(root, grown);

        final Map<String, byte[]> after = Fixtures.snapshot(second.orgDir());
        assertThat(after).containsAllEntriesOf(before);
        assertThat(after.keySet()).filteredOn(path -> !before.containsKey(path))
                .allMatch(path -> path.startsWith("users/inspector@farm.tracechain.test/")).hasSize(8);
        assertThat(Certificates.read(second.userCert("inspector")))
                .satisfies(cert -> cert.verify(Certificates.read(first.caCert()).getPublicKey()));
        assertThat(root.resolve("peerOrganizations/.farm.tracechain.test.staging")).doesNotExist();
    }

    @Test
    void a_service_gets_only_tls_material_from_the_tls_ca_and_is_added_to_an_existing_org() throws Exception {
        final OrgMaterial first = CryptoGenerator.generate(root, Fixtures.farm());
        final Map<String, byte[]> before = Fixtures.snapshot(first.orgDir());
        final OrgCrypto withService = new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                Fixtures.farm().nodes(), Fixtures.farm().users(), List.of(new ServiceIdentity("ccaas-foodtrace")));

        final OrgMaterial second = CryptoGenerator.generate(root, withService);

        final Map<String, byte[]> after = Fixtures.snapshot(second.orgDir());
        assertThat(after).containsAllEntriesOf(before);
        final String dir = "services/ccaas-foodtrace.farm.tracechain.test/tls/";
        assertThat(after.keySet()).filteredOn(path -> !before.containsKey(path))
                .containsExactlyInAnyOrder(dir + "ca.crt", dir + "server.crt", dir + "server.key");
        final Path tls = second.serviceTlsDir("ccaas-foodtrace");
        final java.security.cert.X509Certificate cert = Certificates.read(tls.resolve("server.crt"));
        cert.verify(Certificates.read(second.tlsCaCert()).getPublicKey());
        assertThat(cert.getSubjectX500Principal().getName()).contains("CN=ccaas-foodtrace.farm.tracechain.test");
        assertThat(cert.getSubjectAlternativeNames().stream().map(san -> String.valueOf(san.get(1))).toList())
                .contains("localhost", "127.0.0.1", "ccaas-foodtrace.farm.tracechain.test");
        assertThat(cert.getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1", "1.3.6.1.5.5.7.3.2");
        assertThat(Files.getPosixFilePermissions(tls.resolve("server.key")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        // Checked like every other identity on the next run.
        Files.write(tls.resolve("server.key"), Files.readAllBytes(second.nodeTlsKey("peer0")));
        assertThatThrownBy(() -> CryptoGenerator.generate(root, withService))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("does not belong to server.crt");
    }

    @Test
    void a_service_may_not_share_a_node_name() {
        assertThatThrownBy(() -> new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                List.of(new NodeIdentity("peer0")), List.of(), List.of(new ServiceIdentity("peer0"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate node or service peer0");
    }

    @Test
    void a_missing_key_is_reported_with_its_path_and_nothing_is_regenerated() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());
        Files.delete(m.nodeKey("peer1"));
        final Map<String, byte[]> before = Fixtures.snapshot(root);

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class)
                .hasMessageContaining("incomplete")
                .hasMessageContaining(m.nodeKey("peer1").toString())
                .satisfies(e -> assertThat(((CryptoMaterialException) e).path()).isEqualTo(m.nodeKey("peer1")));
        assertThat(Fixtures.snapshot(root)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void a_missing_ca_key_is_reported() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());
        Files.delete(m.caKey());

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining(m.caKey().toString());
    }

    @Test
    void a_corrupt_certificate_is_reported() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());
        Files.writeString(m.userCert("farmer"), "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n");

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("not a valid X.509 certificate")
                .hasMessageContaining(m.userCert("farmer").toString());
    }

    @Test
    void a_key_that_does_not_belong_to_its_certificate_is_reported() throws IOException {
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());
        Files.copy(m.userKey("clerk"), m.userKey("farmer"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("does not belong")
                .hasMessageContaining(m.userKey("farmer").toString());
    }

    @Test
    void a_certificate_from_another_ca_is_reported() throws IOException {
        final Path otherRoot = Files.createDirectory(root.resolve("other"));
        final OrgMaterial other = CryptoGenerator.generate(otherRoot, Fixtures.farm());
        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());
        Files.copy(other.nodeCert("peer0"), m.nodeCert("peer0"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("not issued by")
                .hasMessageContaining(m.nodeCert("peer0").toString());
    }

    @Test
    void changed_attributes_of_an_existing_user_are_refused_not_reissued() {
        CryptoGenerator.generate(root, Fixtures.farm());
        final OrgCrypto changed = new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                Fixtures.farm().nodes(), List.of(UserIdentity.admin("Admin"),
                        UserIdentity.client("farmer", Map.of("role", "retailer")), UserIdentity.client("clerk", Map.of())));

        assertThatThrownBy(() -> CryptoGenerator.generate(root, changed))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("{role=producer}")
                .hasMessageContaining("farmer@farm.tracechain.test-cert.pem");
    }

    @Test
    void an_admin_turned_client_is_refused() {
        CryptoGenerator.generate(root, Fixtures.farm());
        final OrgCrypto changed = new OrgCrypto("Farm", "FarmMSP", "farm.tracechain.test", false,
                Fixtures.farm().nodes(), List.of(UserIdentity.client("Admin", Map.of())));

        assertThatThrownBy(() -> CryptoGenerator.generate(root, changed))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("NodeOU 'admin'");
    }

    @Test
    void a_leftover_staging_directory_is_discarded() throws IOException {
        final Path staging = root.resolve("peerOrganizations/.farm.tracechain.test.staging/ca");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("priv_sk"), "half written");

        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        assertThat(staging.getParent()).doesNotExist();
        assertThat(m.caKey()).isRegularFile();
    }

    @Test
    void an_empty_org_directory_counts_as_absent() throws IOException {
        Files.createDirectories(root.resolve("peerOrganizations/farm.tracechain.test"));

        final OrgMaterial m = CryptoGenerator.generate(root, Fixtures.farm());

        assertThat(m.nodeKey("peer0")).isRegularFile();
    }

    @Test
    void a_non_empty_org_directory_without_material_is_reported() throws IOException {
        final Path orgDir = Files.createDirectories(root.resolve("peerOrganizations/farm.tracechain.test"));
        Files.writeString(orgDir.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> CryptoGenerator.generate(root, Fixtures.farm()))
                .isInstanceOf(CryptoMaterialException.class).hasMessageContaining("missing file")
                .hasMessageContaining(orgDir.resolve("ca").toString());
    }

    @Test
    void concurrent_callers_get_one_set_of_material() throws Exception {
        final List<Thread> threads = new ArrayList<>();
        final List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            final Thread thread = new Thread(() -> {
                try {
                    CryptoGenerator.generate(root, Fixtures.farm());
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
        final Map<String, byte[]> once = Fixtures.snapshot(root);
        CryptoGenerator.generate(root, Fixtures.farm());
        assertThat(Fixtures.snapshot(root)).containsExactlyInAnyOrderEntriesOf(once);
    }

    private static List<String> identityFiles(final String dir, final String fullName, final String tls,
            final String domain) {
        return List.of(
                dir + "/msp/cacerts/ca." + domain + "-cert.pem",
                dir + "/msp/tlscacerts/tlsca." + domain + "-cert.pem",
                dir + "/msp/signcerts/" + fullName + "-cert.pem",
                dir + "/msp/keystore/priv_sk",
                dir + "/msp/config.yaml",
                dir + "/tls/ca.crt",
                dir + "/tls/" + tls + ".crt",
                dir + "/tls/" + tls + ".key");
    }

    private static <T> List<T> append(final List<T> list, final T element) {
        final List<T> result = new ArrayList<>(list);
        result.add(element);
        return result;
    }
}
