// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The recipes' Dockerfiles and input digests: what decides whether an image is rebuilt. */
class ImageRecipesTest {

    @TempDir
    Path dir;

    private FabricNodeImage peer() throws IOException {
        final Path binary = Files.writeString(dir.resolve("peer"), "binary v1");
        final Path config = Files.writeString(dir.resolve("core.yaml"), "peer: {}");
        return new FabricNodeImage("hyperledger/fabric-peer:3.1.5", binary, config, List.of(7051, 9443),
                List.of("peer", "node", "start"));
    }

    @Test
    void node_image_is_the_binary_and_its_config_from_scratch() throws IOException {
        final String dockerfile = peer().dockerfile();

        assertThat(dockerfile).startsWith("FROM scratch\n")
                .contains("COPY peer /usr/local/bin/peer")
                .contains("COPY core.yaml /etc/hyperledger/fabric/core.yaml")
                .contains("FABRIC_CFG_PATH=/etc/hyperledger/fabric")
                .contains("EXPOSE 7051 9443")
                .contains("CMD [\"peer\", \"node\", \"start\"]");
    }

    @Test
    void peer_image_on_a_base_has_its_shell_for_the_external_builders() throws IOException {
        final Path binary = Files.writeString(dir.resolve("peer"), "binary v1");
        final Path config = Files.writeString(dir.resolve("core.yaml"), "peer: {}");
        final FabricNodeImage peer = new FabricNodeImage("hyperledger/fabric-peer:3.1.5", binary, config,
                List.of(7051, 9443), List.of("peer", "node", "start"), "tracechain/debian:bookworm");

        assertThat(peer.dockerfile()).startsWith("FROM tracechain/debian:bookworm\n")
                .contains("PATH=/usr/local/bin:/usr/bin:/bin")
                .contains("COPY peer /usr/local/bin/peer");
        assertThat(peer.bases()).containsExactly("tracechain/debian:bookworm");
    }

    @Test
    void node_image_inputs_change_with_the_binary_and_only_then() throws IOException {
        final FabricNodeImage image = peer();
        final String first = image.inputs(null);

        assertThat(image.inputs(null)).isEqualTo(first).matches("[0-9a-f]{64}");
        Files.writeString(dir.resolve("peer"), "binary v2");
        assertThat(image.inputs(null)).isNotEqualTo(first);
    }

    @Test
    void debian_image_has_security_updates_and_carries_its_inputs() {
        final DebianBaseImage debian = new DebianBaseImage("tracechain/debian:bookworm", "bookworm",
                "http://deb.debian.org/debian", "http://deb.debian.org/debian-security", dir.resolve("debs"));
        final String inputs = debian.inputs(null);

        assertThat(debian.sourcesList()).contains("deb http://deb.debian.org/debian bookworm main")
                .contains("deb http://deb.debian.org/debian bookworm-updates main")
                .contains("deb http://deb.debian.org/debian-security bookworm-security main");
        assertThat(debian.debootstrapCommand(dir.resolve("rootfs"))).contains("--variant=minbase", "bookworm")
                .contains("--cache-dir=" + dir.resolve("debs"));
        assertThat(debian.importChanges(inputs)).contains("LABEL org.tracechain.inputs=" + inputs);
        final DebianBaseImage otherMirror = new DebianBaseImage("tracechain/debian:bookworm", "bookworm",
                "http://mirror.example/debian", "http://deb.debian.org/debian-security", dir.resolve("debs"));
        assertThat(otherMirror.inputs(null)).isNotEqualTo(inputs);
    }

    @Test
    void chaincode_image_installs_debians_jre_17_on_the_base_image() {
        final String dockerfile = new ChaincodeJreImage("tracechain/chaincode-jre:17", "tracechain/debian:bookworm")
                .dockerfile();

        assertThat(dockerfile).startsWith("FROM tracechain/debian:bookworm\n")
                .contains("openjdk-17-jre-headless")
                .contains("rm -rf /var/lib/apt/lists/*")
                .contains("USER chaincode");
    }

    @Test
    void postgres_image_installs_debians_postgresql_15_and_runs_it_as_postgres() {
        final String dockerfile = new PostgresImage("tracechain/postgres:15", "tracechain/debian:bookworm")
                .dockerfile();

        assertThat(dockerfile).startsWith("FROM tracechain/debian:bookworm\n")
                .contains("postgresql-15")
                .contains("create_main_cluster")
                .contains("rm -rf /var/lib/apt/lists/*")
                .contains("PGDATA=/var/lib/postgresql/data")
                .contains("USER postgres")
                .contains("EXPOSE 5432")
                .contains("ENTRYPOINT [\"docker-entrypoint.sh\"]")
                .contains("CMD [\"postgres\"]");
    }

    @Test
    void postgres_entrypoint_keeps_the_official_images_contract() {
        final String script = new PostgresImage("tracechain/postgres:15", "tracechain/debian:bookworm").entrypoint();

        assertThat(script).startsWith("#!/bin/bash\n")
                .contains("POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB", "/docker-entrypoint-initdb.d")
                .contains("--auth-host=scram-sha-256")
                .contains("listen_addresses = '*'")
                .contains("host all all all scram-sha-256")
                // Set-up on a temporary server without TCP, stopped before the real one: two "ready" lines.
                .contains("pg_ctl -D \"$PGDATA\" -o \"-c listen_addresses=''\" -w start")
                .contains("pg_ctl -D \"$PGDATA\" -m fast -w stop")
                .endsWith("exec \"$@\"\n");
        // The password must not appear on initdb's command line.
        assertThat(script).contains("--pwfile=<(").doesNotContain("--password=");
    }
}
