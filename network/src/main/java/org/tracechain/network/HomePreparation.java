// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.channel.ChannelAdmin;
import org.tracechain.network.config.CcaasBuilder;
import org.tracechain.network.config.CollectionsConfig;
import org.tracechain.network.config.ConfigTxWriter;
import org.tracechain.network.identity.Layout;
import org.tracechain.network.identity.WalletWriter;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.topology.NodeAddressing;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.users.UserRegistry;

/**
 * What {@code up} does before it starts any process: a network's home made, or an existing one checked, so that a
 * home is never silently rebuilt over data that belongs to another topology or whose ledgers are gone.
 */
final class HomePreparation {

    private static final Logger LOG = LoggerFactory.getLogger(HomePreparation.class);

    private final Path home;
    private final Topology topology;
    private final Layout layout;
    private final NodeAddressing addressing;

    HomePreparation(final Path home, final Topology topology, final Layout layout, final NodeAddressing addressing) {
        this.home = home;
        this.topology = topology;
        this.layout = layout;
        this.addressing = addressing;
    }

    /**
     * Checks an existing home (same topology, artifacts present, no node's ledger lost) and brings its crypto
     * material and wallets up to date, or initialises a new one: crypto, wallets, the CCaaS builder, configtx.yaml,
     * genesis blocks and collection configs, and {@code network.json}.
     *
     * @param lostData the orderers and peers of a recorded state whose ledger directory is gone
     */
    NetworkState prepare(final FabricInstallation fabric, final Function<NetworkState, List<String>> lostData)
            throws IOException {
        final String fingerprint = fingerprint();
        final Optional<NetworkState> existing = NetworkState.read(NetworkState.file(home));
        if (existing.isPresent()) {
            if (!existing.get().topologyFingerprint().equals(fingerprint)) {
                throw new NetworkException("the data in " + home + " belongs to a different topology (or port block); "
                        + "run 'tracechain network clean' first, or use another --home");
            }
            final List<String> missing = missingArtifacts();
            if (!missing.isEmpty()) {
                throw new NetworkException("the data directory " + home + " is incomplete or corrupt: missing "
                        + missing + "; run 'tracechain network clean' to start over");
            }
            final List<String> lost = lostData.apply(existing.get());
            if (!lost.isEmpty()) {
                throw new NetworkException(lostDataMessage(lost));
            }
            // Checks the existing material and issues only what is new (e.g. a chaincode server's TLS identity).
            final Topology withUsers = UserRegistry.read(home).mergedInto(topology); // users added by 'user add'
            CryptoSetup.generate(withUsers, layout);
            new WalletWriter(withUsers, layout, home).writeAll();
            return existing.get();
        }
        if (Files.isDirectory(home.resolve("nodes"))) {
            throw new NetworkException("the data directory " + home + " holds node data but no network.json; "
                    + "it is corrupt or from another tool. Run 'tracechain network clean' to start over");
        }
        LOG.info("Initialising network '{}' in {}", topology.name(), home);
        Files.createDirectories(home);
        CryptoSetup.generate(topology, layout);
        new WalletWriter(topology, layout, home).writeAll();
        CcaasBuilder.write(home.resolve("builders").resolve("ccaas"));
        final Path configDir = Files.createDirectories(home.resolve("config"));
        Files.writeString(configDir.resolve("configtx.yaml"), configTx().render(), StandardCharsets.UTF_8);
        final ChannelAdmin channels = new ChannelAdmin(fabric, home);
        final Path blocks = Files.createDirectories(home.resolve("channel-artifacts"));
        for (final Topology.ChannelSpec channel : topology.channels()) {
            channels.genesisBlock(configDir, channel.name(), blocks);
            final String collections = CollectionsConfig.render(topology, channel);
            if (collections != null) {
                Files.writeString(configDir.resolve(channel.name() + "-collections.json"), collections,
                        StandardCharsets.UTF_8);
            }
        }
        final NetworkState state = new NetworkState(fingerprint, Map.of(), Set.of());
        state.write(NetworkState.file(home));
        return state;
    }

    private String lostDataMessage(final List<String> lost) {
        final StringBuilder text = new StringBuilder("the data of ").append(String.join(", ", lost))
                .append(" is missing from ").append(home.resolve("nodes")).append(". Starting ")
                .append(lost.size() == 1 ? "it" : "them")
                .append(" empty would not bring the ledger back (a peer would refuse its channels' chaincode, an ")
                .append("orderer would break its Raft cluster), so nothing was started. To rebuild from the rest ")
                .append("of the network:");
        lost.forEach(node -> text.append("\n  tracechain network repair --node ").append(node));
        return text.append("\nor restore the directory from a backup.").toString();
    }

    private List<String> missingArtifacts() {
        final List<String> missing = new ArrayList<>();
        final List<Path> required = new ArrayList<>();
        required.add(layout.ordererOrg(topology.ordererOrganization()).resolve("msp"));
        topology.peerOrganizations().forEach(o -> required.add(layout.peerOrg(o).resolve("msp")));
        topology.channels().forEach(c -> required.add(home.resolve("channel-artifacts").resolve(c.name() + ".block")));
        required.add(home.resolve("builders/ccaas/bin/release"));
        for (final Path path : required) {
            if (!Files.exists(path)) {
                missing.add(home.relativize(path).toString());
            }
        }
        return missing;
    }

    private ConfigTxWriter configTx() {
        final Topology.OrdererOrganization orderer = topology.ordererOrganization();
        final Map<String, Path> peerMsps = new LinkedHashMap<>();
        topology.peerOrganizations().forEach(o -> peerMsps.put(o.name(), layout.peerOrg(o).resolve("msp")));
        return new ConfigTxWriter(topology, name -> layout.ordererOrg(orderer).resolve("msp"), peerMsps,
                i -> layout.orderer(orderer, orderer.orderers().get(i)).resolve("tls").resolve("server.crt"),
                addressing);
    }

    /** The topology's SHA-256 over its canonical JSON: ties a home to the topology (and port block) it was made for. */
    String fingerprint() {
        try {
            // Sorted map keys: immutable maps iterate in a per-JVM random order.
            final byte[] json = JsonMapper.builder().findAndAddModules()
                    .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .build().writeValueAsBytes(topology);
            final MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(json);
            if (addressing != NodeAddressing.LOOPBACK) {
                // Nodes on a container network dial each other by name: their channel configs differ from a
                // native network's, so their homes are not interchangeable. (Native homes keep their fingerprint.)
                digest.update(("\naddressing=" + addressing).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (Exception e) {
            throw new IllegalStateException("cannot fingerprint topology", e);
        }
    }
}
