// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.node;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.process.OperationsClient;
import org.tracechain.network.process.Ports;
import org.tracechain.network.topology.NodeAddressing;
import org.tracechain.network.topology.PortPlan;

/**
 * A Raft orderer. Its settings are the sampleconfig {@code orderer.yaml} overridden by environment: loopback
 * ports, TLS (required for Raft), its own ledger and WAL directories, channel participation (no system
 * channel), and a mutual-TLS admin endpoint for {@code osnadmin}.
 */
public record OrdererNode(String name, String hostName, String mspId, Path identityDir, Path orgTlsCa,
        PortPlan.OrdererPorts ports0, Path dataDir, FabricInstallation fabric, OperationsClient operations,
        NodeAddressing addressing) implements Node {

    @Override
    public List<String> command() {
        return List.of(fabric.orderer().toString());
    }

    @Override
    public Map<String, String> environment() {
        final Path tls = identityDir.resolve("tls");
        final String cert = tls.resolve("server.crt").toString();
        final String key = tls.resolve("server.key").toString();
        final String ca = "[" + tls.resolve("ca.crt") + "]";
        final Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", fabric.configDir().toString());
        // The peers' Gateway opens one Broadcast stream per submission and cancels it once the orderer has answered,
        // which the broadcast handler logs as a warning ("Error reading from …: context canceled"): one warning per
        // transaction. Its rejections (SERVICE_UNAVAILABLE, bad messages) reach the submitting client as a status,
        // so nothing is lost by keeping only that logger's errors.
        // The gRPC server's line per finished Broadcast stream (one per transaction) goes the same way; the followers'
        // "forwarding transaction to the leader" stays, since its logger also reports leader elections.
        env.put("FABRIC_LOGGING_SPEC", "info:orderer.common.broadcast=error:comm.grpc.server=warning");
        env.put("FABRIC_LOGGING_FORMAT", PeerNode.LOG_FORMAT);
        env.put("ORDERER_GENERAL_LISTENADDRESS", addressing.bindHost());
        env.put("ORDERER_GENERAL_KEEPALIVE_SERVERMININTERVAL", PeerNode.GATEWAY_PING_INTERVAL);
        env.put("ORDERER_GENERAL_LISTENPORT", Integer.toString(ports0.listen()));
        env.put("ORDERER_GENERAL_LOCALMSPID", mspId);
        env.put("ORDERER_GENERAL_LOCALMSPDIR", identityDir.resolve("msp").toString());
        env.put("ORDERER_GENERAL_TLS_ENABLED", "true");
        env.put("ORDERER_GENERAL_TLS_CERTIFICATE", cert);
        env.put("ORDERER_GENERAL_TLS_PRIVATEKEY", key);
        env.put("ORDERER_GENERAL_TLS_ROOTCAS", ca);
        // Raft traffic shares the client listener; the TLS pair doubles as the cluster client certificate.
        env.put("ORDERER_GENERAL_CLUSTER_CLIENTCERTIFICATE", cert);
        env.put("ORDERER_GENERAL_CLUSTER_CLIENTPRIVATEKEY", key);
        env.put("ORDERER_GENERAL_CLUSTER_ROOTCAS", ca);
        env.put("ORDERER_GENERAL_BOOTSTRAPMETHOD", "none");
        env.put("ORDERER_CHANNELPARTICIPATION_ENABLED", "true");
        env.put("ORDERER_FILELEDGER_LOCATION", ledgerDir().toString());
        env.put("ORDERER_CONSENSUS_WALDIR", dataDir.resolve("etcdraft/wal").toString());
        env.put("ORDERER_CONSENSUS_SNAPDIR", dataDir.resolve("etcdraft/snap").toString());
        env.put("ORDERER_OPERATIONS_LISTENADDRESS", addressing.listen(ports0.operations()));
        // Operations over TLS, and only for clients with a certificate of the organisation's TLS CA.
        env.put("ORDERER_OPERATIONS_TLS_ENABLED", "true");
        env.put("ORDERER_OPERATIONS_TLS_CERTIFICATE", cert);
        env.put("ORDERER_OPERATIONS_TLS_PRIVATEKEY", key);
        env.put("ORDERER_OPERATIONS_TLS_CLIENTAUTHREQUIRED", "true");
        env.put("ORDERER_OPERATIONS_TLS_CLIENTROOTCAS", "[" + orgTlsCa + "]");
        // Prometheus on the operations port: block heights tell `up` when a restarted orderer has caught up.
        env.put("ORDERER_METRICS_PROVIDER", "prometheus");
        env.put("ORDERER_ADMIN_LISTENADDRESS", addressing.listen(ports0.admin()));
        env.put("ORDERER_ADMIN_TLS_ENABLED", "true");
        env.put("ORDERER_ADMIN_TLS_CERTIFICATE", cert);
        env.put("ORDERER_ADMIN_TLS_PRIVATEKEY", key);
        env.put("ORDERER_ADMIN_TLS_ROOTCAS", ca);
        env.put("ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED", "true");
        env.put("ORDERER_ADMIN_TLS_CLIENTROOTCAS", "[" + orgTlsCa + "]");
        return env;
    }

    @Override
    public Map<Integer, String> ports() {
        return Map.of(ports0.listen(), name + " listen", ports0.admin(), name + " admin",
                ports0.operations(), name + " operations");
    }

    /**
     * Healthy and serving: after a restart the operations endpoint answers before the orderer has replayed its
     * Raft log and opened its client and admin listeners.
     */
    @Override
    public boolean ready() {
        return operations.health(ports0.operations()).healthy() && Ports.serving(ports0.listen(), addressing)
                && Ports.serving(ports0.admin(), addressing);
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
