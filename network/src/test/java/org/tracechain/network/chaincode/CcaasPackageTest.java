// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CcaasPackageTest {

    private static final CcaasPackage.ConnectionTls TLS = new CcaasPackage.ConnectionTls(
            "-----BEGIN CERTIFICATE-----\nROOT\n-----END CERTIFICATE-----\n",
            "-----BEGIN CERTIFICATE-----\nCLIENT\n-----END CERTIFICATE-----\n",
            "-----BEGIN PRIVATE KEY-----\nKEY\n-----END PRIVATE KEY-----\n");

    @Test
    void same_jar_gives_the_same_package_id_and_a_changed_jar_a_new_one(@TempDir final Path dir) throws Exception {
        final Path jar = Files.write(dir.resolve("cc.jar"), "version one".getBytes(StandardCharsets.UTF_8));
        final CcaasPackage first = CcaasPackage.create("foodtrace", jar, 7900, TLS);
        final CcaasPackage again = CcaasPackage.create("foodtrace", jar, 7900, TLS);
        Files.write(jar, "version two".getBytes(StandardCharsets.UTF_8));
        final CcaasPackage changed = CcaasPackage.create("foodtrace", jar, 7900, TLS);

        assertThat(again.packageId()).isEqualTo(first.packageId());
        assertThat(again.bytes()).isEqualTo(first.bytes());
        assertThat(changed.packageId()).isNotEqualTo(first.packageId());
        assertThat(first.label()).matches("foodtrace_[0-9a-f]{12}");
        assertThat(first.packageId()).matches("foodtrace_[0-9a-f]{12}:[0-9a-f]{64}");
    }

    @Test
    void each_organisation_gets_its_own_package_id_under_the_same_label(@TempDir final Path dir) throws Exception {
        final Path jar = Files.write(dir.resolve("cc.jar"), "one".getBytes(StandardCharsets.UTF_8));
        final CcaasPackage producer = CcaasPackage.create("foodtrace", jar, 7900, TLS);
        final CcaasPackage distributor = CcaasPackage.create("foodtrace", jar, 7901, TLS);

        assertThat(distributor.label()).isEqualTo(producer.label());
        assertThat(distributor.packageId()).isNotEqualTo(producer.packageId());
    }

    @Test
    void package_is_a_tarball_that_standard_tar_reads(@TempDir final Path dir) throws Exception {
        final Path jar = Files.write(dir.resolve("cc.jar"), new byte[] {1, 2, 3});
        final Path file = CcaasPackage.create("govdir", jar, 7901, TLS).writeTo(dir.resolve("out"), "govdir.tgz");

        assertThat(tar(dir, "-tzf", file.toString())).containsExactly("metadata.json", "code.tar.gz");
        tar(dir, "-xzf", file.toString());
        assertThat(Files.readString(dir.resolve("metadata.json"))).contains("\"type\":\"ccaas\"");
        assertThat(tar(dir, "-tzf", dir.resolve("code.tar.gz").toString())).contains("connection.json");
        tar(dir, "-xzf", dir.resolve("code.tar.gz").toString());
        assertThat(Files.readString(dir.resolve("connection.json"))).isEqualTo("{\"address\":\"127.0.0.1:7901\","
                + "\"dial_timeout\":\"10s\",\"tls_required\":true,\"client_auth_required\":true,"
                + "\"root_cert\":\"-----BEGIN CERTIFICATE-----\\nROOT\\n-----END CERTIFICATE-----\\n\","
                + "\"client_cert\":\"-----BEGIN CERTIFICATE-----\\nCLIENT\\n-----END CERTIFICATE-----\\n\","
                + "\"client_key\":\"-----BEGIN PRIVATE KEY-----\\nKEY\\n-----END PRIVATE KEY-----\\n\"}");
        // It carries the peer's TLS client key: owner only.
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(
                java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    private static java.util.List<String> tar(final Path dir, final String... args) throws Exception {
        final java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("tar"));
        command.addAll(java.util.List.of(args));
        final Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }
}
