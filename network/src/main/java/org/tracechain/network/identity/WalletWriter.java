// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.identity;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.topology.PortPlan;
import org.tracechain.network.topology.Topology;

/**
 * Writes what client applications need to connect: a wallet entry per user ({@code wallet/<org>/<user>/}:
 * identity.json, cert.pem, key.pem with mode 0600) and a Gateway profile per organisation
 * ({@code gateways/<org>.json}: MSP id, the org's peer endpoint and TLS root certificate, its channels).
 */
public final class WalletWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Topology topology;
    private final Layout layout;
    private final Path home;

    public WalletWriter(final Topology topology, final Layout layout, final Path home) {
        this.topology = topology;
        this.layout = layout;
        this.home = home;
    }

    /** Writes (or refreshes) every wallet entry and profile. */
    public void writeAll() throws IOException {
        final PortPlan ports = new PortPlan(topology);
        for (final Topology.PeerOrganization org : topology.peerOrganizations()) {
            for (final Topology.UserSpec user : org.users()) {
                writeIdentity(org, user.name(), layout.user(org, user.name()), user.roles());
            }
            writeIdentity(org, "admin", layout.user(org, Layout.ADMIN), List.of());
            final List<String> channels = new ArrayList<>();
            topology.channels().stream().filter(c -> c.organizations().contains(org.name()))
                    .forEach(c -> channels.add(c.name()));
            final Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("organization", org.name());
            profile.put("mspId", org.mspId());
            profile.put("peerEndpoint", "127.0.0.1:" + ports.peer(org, 0).listen());
            profile.put("peerHostOverride", org.peers().get(0) + "." + org.domain());
            profile.put("tlsRootCertificate", Layout.tlsCaCert(layout.peerOrg(org)).toAbsolutePath().toString());
            profile.put("channels", channels);
            final Path gateways = Files.createDirectories(home.resolve("gateways"));
            atomicWrite(gateways.resolve(org.name() + ".json"), JSON.writeValueAsBytes(profile), false);
        }
    }

    private void writeIdentity(final Topology.PeerOrganization org, final String user, final Path identityDir,
            final List<String> roles) throws IOException {
        final Path dir = Files.createDirectories(home.resolve("wallet").resolve(org.name()).resolve(user));
        final Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("organization", org.name());
        identity.put("user", user);
        identity.put("mspId", org.mspId());
        identity.put("roles", roles);
        identity.put("certificate", "cert.pem");
        identity.put("privateKey", "key.pem");
        atomicWrite(dir.resolve("cert.pem"), Files.readAllBytes(Layout.signCert(identityDir)), false);
        atomicWrite(dir.resolve("key.pem"), Files.readAllBytes(Layout.privateKey(identityDir)), true);
        atomicWrite(dir.resolve("identity.json"), JSON.writeValueAsBytes(identity), false);
    }

    private static void atomicWrite(final Path target, final byte[] content, final boolean secret) throws IOException {
        final Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (secret) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(tmp, content);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
