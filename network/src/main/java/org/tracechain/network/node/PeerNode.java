// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.process.OperationsClient;
import org.tracechain.network.process.Ports;
import org.tracechain.network.topology.NodeAddressing;
import org.tracechain.network.topology.PortPlan;

/**
 * A peer. Settings are the sampleconfig {@code core.yaml} overridden by environment: loopback ports, TLS,
 * gossip endpoints for cross-organisation discovery (the Gateway needs them to collect endorsements),
 * its own data directory, Docker disabled and the CCaaS external builder.
 */
public record PeerNode(String name, String host, String mspId, Path identityDir, PortPlan.PeerPorts ports0,
        Path dataDir, Path builderDir, FabricInstallation fabric, Path orgTlsCa, OperationsClient operations,
        NodeAddressing addressing) implements Node {

    /**
     * The Gateway dials other peers and the orderers without keepalive settings, so gRPC pings every 10 s (its
     * floor); servers that permit one ping a minute (Fabric's default) answer with GOAWAY {@code too_many_pings},
     * which drops the connection and what is in flight on it. Peers and orderers therefore permit the Gateway's rate.
     */
    public static final String GATEWAY_PING_INTERVAL = "10s";

    /**
     * Fabric's default log format without its terminal colours, which a log file would otherwise hold as escape
     * sequences: "2026-12-04 18:00:59.733 UTC 009c WARN [logger] function -> message".
     */
    public static final String LOG_FORMAT =
            "%{time:2006-01-02 15:04:05.000 MST} %{id:04x} %{level:.4s} [%{module}] %{shortfunc} -> %{message}";

    @Override
    public List<String> command() {
        return List.of(fabric.peer().toString(), "node", "start");
    }

    @Override
    public Map<String, String> environment() {
        final Path tls = identityDir.resolve("tls");
        final String self = addressing.address(host, ports0.listen());
        final Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", fabric.configDir().toString());
        // Per transaction, the gRPC server logs each Gateway call (endorse, submit, commit status) and the Gateway
        // each send to an orderer, at INFO: four lines per transaction on the submitting peer, 14 MB in a benchmark.
        // The endorser logs "finished chaincode: <name> duration: <ms>" for every proposal it executes, submits and
        // evaluates alike (its only INFO line): under the benchmark's query load the gateway peer's log grew by 15 MB a
        // minute, a rotation a minute. Failures still reach the client as a status, the three loggers' warnings (access
        // denied, failed to invoke chaincode) stay, and the durations are the operations endpoint's metrics.
        env.put("FABRIC_LOGGING_SPEC", "info:comm.grpc.server=warning:gateway=warning:endorser=warning");
        env.put("FABRIC_LOGGING_FORMAT", LOG_FORMAT);
        env.put("CORE_PEER_ID", host);
        env.put("CORE_PEER_LOCALMSPID", mspId);
        env.put("CORE_PEER_MSPCONFIGPATH", identityDir.resolve("msp").toString());
        env.put("CORE_PEER_LISTENADDRESS", addressing.listen(ports0.listen()));
        env.put("CORE_PEER_ADDRESS", self);
        env.put("CORE_PEER_CHAINCODELISTENADDRESS", addressing.listen(ports0.chaincode()));
        env.put("CORE_PEER_CHAINCODEADDRESS", addressing.address(host, ports0.chaincode()));
        // One peer per organisation: it bootstraps gossip from itself and is reached by others as the anchor.
        env.put("CORE_PEER_GOSSIP_BOOTSTRAP", self);
        env.put("CORE_PEER_GOSSIP_EXTERNALENDPOINT", self);
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_TLS_CERT_FILE", tls.resolve("server.crt").toString());
        env.put("CORE_PEER_TLS_KEY_FILE", tls.resolve("server.key").toString());
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", tls.resolve("ca.crt").toString());
        env.put("CORE_OPERATIONS_LISTENADDRESS", addressing.listen(ports0.operations()));
        // Operations over TLS, and only for clients with a certificate of the organisation's TLS CA.
        env.put("CORE_OPERATIONS_TLS_ENABLED", "true");
        env.put("CORE_OPERATIONS_TLS_CERT_FILE", tls.resolve("server.crt").toString());
        env.put("CORE_OPERATIONS_TLS_KEY_FILE", tls.resolve("server.key").toString());
        env.put("CORE_OPERATIONS_TLS_CLIENTAUTHREQUIRED", "true");
        // The peer reads this list with viper's GetStringSlice: space-separated, no brackets (unlike the orderer).
        env.put("CORE_OPERATIONS_TLS_CLIENTROOTCAS_FILES", orgTlsCa.toString());
        // Prometheus metrics on the operations port: gossip membership is how `up` knows discovery has converged.
        env.put("CORE_METRICS_PROVIDER", "prometheus");
        // Peers first meet before the channel's TLS roots are loaded and must retry; 25 s is too slow to wait for.
        env.put("CORE_PEER_GOSSIP_RECONNECTINTERVAL", "3s");
        env.put("CORE_PEER_FILESYSTEMPATH", ledgerDir().toString());
        env.put("CORE_LEDGER_SNAPSHOTS_ROOTDIR", dataDir.resolve("snapshots").toString());
        // Empty endpoint: no Docker client and no Docker health checker (Fabric v3 honours empty env values).
        env.put("CORE_VM_ENDPOINT", "");
        env.put("CORE_CHAINCODE_EXTERNALBUILDERS", "[{name: tracechain-ccaas, path: " + builderDir + "}]");
        env.put("CORE_PEER_GATEWAY_ENABLED", "true");
        env.put("CORE_PEER_KEEPALIVE_MININTERVAL", GATEWAY_PING_INTERVAL);
        return env;
    }

    @Override
    public String hostName() {
        return host;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(ports0.listen(), name + " listen", ports0.chaincode(), name + " chaincode listener",
                ports0.operations(), name + " operations");
    }

    /** How many other peers this peer knows on {@code channel} through gossip (0 when unknown). */
    public int knownPeers(final String channel) {
        return operations.metric(ports0.operations(), "gossip_membership_total_peers_known", "channel", channel);
    }

    /** The peer's block height on {@code channel}, if it has joined the channel. */
    public OptionalLong height(final String channel) {
        return operations.gauge(ports0.operations(), "ledger_blockchain_height", "channel", channel);
    }

    /**
     * Healthy, serving, and past opening its ledgers: the operations endpoint and the gRPC listener both come up
     * before the peer opens its channels, where damaged block files make it exit.
     */
    @Override
    public boolean ready() {
        return operations.health(ports0.operations()).healthy() && Ports.serving(ports0.listen(), addressing)
                && StartupLog.started(log(), "Starting peer:", "Started peer with ID=");
    }

    @Override
    public boolean keepsLedger() {
        return true;
    }

    @Override
    public String health() {
        return operations.health(ports0.operations()).detail();
    }
}
