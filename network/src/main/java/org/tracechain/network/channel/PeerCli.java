// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.install.FabricInstallation;
import org.tracechain.network.process.CommandRunner;

/** The {@code peer} command line acting as an organisation's admin against that organisation's peer. */
public final class PeerCli {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final FabricInstallation fabric;
    private final Path workDir;
    private final Map<String, String> environment;

    /**
     * @param adminDir the admin identity directory ({@code msp/} inside)
     * @param peerTlsCa TLS CA certificate of the peer's organisation
     */
    public PeerCli(final FabricInstallation fabric, final Path workDir, final String mspId, final Path adminDir,
            final int peerPort, final Path peerTlsCa) {
        this.fabric = fabric;
        this.workDir = workDir;
        final Map<String, String> env = new LinkedHashMap<>();
        env.put("FABRIC_CFG_PATH", fabric.configDir().toString());
        env.put("FABRIC_LOGGING_SPEC", "warning");
        env.put("CORE_PEER_TLS_ENABLED", "true");
        env.put("CORE_PEER_LOCALMSPID", mspId);
        env.put("CORE_PEER_MSPCONFIGPATH", adminDir.resolve("msp").toString());
        env.put("CORE_PEER_ADDRESS", "127.0.0.1:" + peerPort);
        // The CLI dials the peer for 3 s by default; a peer whose container has just started beside thirteen others
        // on two cores has missed that (ContainerNetworkExampleIT: "endorser client failed to connect ... context
        // deadline exceeded" eight seconds after the peer reported ready). An admin command can wait longer.
        env.put("CORE_PEER_CLIENT_CONNTIMEOUT", "15s");
        env.put("CORE_PEER_TLS_ROOTCERT_FILE", peerTlsCa.toString());
        // The CLI reads core.yaml too; keep it away from Docker.
        env.put("CORE_VM_ENDPOINT", "");
        this.environment = Map.copyOf(env);
    }

    /** Runs {@code peer <args>}; the result carries exit code and output. */
    public CommandRunner.Result run(final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(fabric.peer().toString());
        command.addAll(List.of(args));
        return CommandRunner.run(command, environment, workDir, TIMEOUT);
    }

    /** Runs {@code peer <args>} and throws naming {@code what} with the output when it fails. */
    public String runChecked(final String what, final String... args) {
        final List<String> command = new ArrayList<>();
        command.add(fabric.peer().toString());
        command.addAll(List.of(args));
        return CommandRunner.runChecked(what, command, environment, workDir, TIMEOUT);
    }
}
