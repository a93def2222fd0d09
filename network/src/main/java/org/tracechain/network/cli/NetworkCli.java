// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NodeStatus;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * {@code tracechain network up|down|clean|status}: start, stop, delete or inspect the local Fabric network.
 *
 * <p>Options: {@code --home DIR} (default {@code $TRACECHAIN_HOME} or {@code ./.tracechain}),
 * {@code --topology FILE} (default: the built-in topology), {@code --chaincode-dir DIR} (default
 * {@code chaincode/target}), {@code --base-port N}, {@code --batch-timeout 250ms}.
 */
public final class NetworkCli {

    private static final String USAGE = """
            usage: tracechain network <up|down|clean|status> [options]
              up        install Fabric if needed, start or reuse every node, deploy the chaincode
              down      stop every node by PID; ledgers are kept (up restarts on them)
              clean     stop every node and delete the network's home directory
              status    show each node's process and health
            options:
              --home DIR             network home (default: $TRACECHAIN_HOME or ./.tracechain)
              --topology FILE        topology JSON (default: built-in 3 orderers, 5 organisations, 2 channels)
              --chaincode-dir DIR    where foodtrace-chaincode.jar and govdir-chaincode.jar are (default: chaincode/target)
              --base-port N          first port of the network's port block (default from the topology: 27000)
              --batch-timeout T      orderer block cutting timeout for new channels, e.g. 250ms or 1s
            """;

    private NetworkCli() {}

    public static void main(final String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "org/tracechain/network/cli/logback-cli.xml");
        }
        System.exit(run(args, System.out, System.err, System.getenv()));
    }

    /** Runs a command; returns the process exit code (0 ok, 1 failed, 2 usage). */
    static int run(final String[] args, final PrintStream out, final PrintStream err, final Map<String, String> env) {
        final List<String> rest = new ArrayList<>(List.of(args));
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
            (rest.isEmpty() ? err : out).print(USAGE);
            return rest.isEmpty() ? 2 : 0;
        }
        final String command = rest.remove(0);
        try {
            final String homeEnv = env.get("TRACECHAIN_HOME");
            Path home = homeEnv == null || homeEnv.isBlank() ? Path.of(".tracechain") : Path.of(homeEnv);
            Path topologyFile = null;
            Integer basePort = null;
            Duration batchTimeout = null;
            Path chaincodeDir = Path.of("chaincode", "target");
            for (int i = 0; i < rest.size(); i++) {
                final String option = rest.get(i);
                final String value = i + 1 < rest.size() ? rest.get(i + 1) : null;
                if (value == null) {
                    throw new IllegalArgumentException("option " + option + " needs a value");
                }
                switch (option) {
                    case "--home" -> home = Path.of(value);
                    case "--topology" -> topologyFile = Path.of(value);
                    case "--chaincode-dir" -> chaincodeDir = Path.of(value);
                    case "--base-port" -> basePort = Integer.parseInt(value);
                    case "--batch-timeout" -> batchTimeout = parseDuration(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
                i++;
            }
            // Overrides apply to whichever topology was chosen, whatever the option order.
            Topology topology = topologyFile == null ? TopologyLoader.defaultTopology() : TopologyLoader.load(topologyFile);
            if (basePort != null) {
                topology = topology.withBasePort(basePort);
            }
            if (batchTimeout != null) {
                topology = topology.withBatchTimeout(batchTimeout);
            }
            topology = TopologyLoader.validate(topology);
            final FabricNetwork network = new FabricNetwork(home, topology, chaincodeDir);
            switch (command) {
                case "up" -> print(out, network.up());
                case "down" -> network.down();
                case "clean" -> network.clean();
                case "status" -> {
                    final List<NodeStatus> status = network.status();
                    print(out, status);
                    return status.stream().allMatch(NodeStatus::healthy) ? 0 : 1;
                }
                default -> throw new IllegalArgumentException("unknown command " + command);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("tracechain network: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (NetworkException e) {
            err.println("tracechain network " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    private static Duration parseDuration(final String text) {
        if (text.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
        }
        if (text.endsWith("s")) {
            return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
        }
        throw new IllegalArgumentException("duration '" + text + "' must end in ms or s");
    }

    private static void print(final PrintStream out, final List<NodeStatus> nodes) {
        final int width = nodes.stream().mapToInt(node -> node.name().length()).max().orElse(4);
        final String format = "%-" + width + "s %-9s %-8s %-8s %s%n";
        out.printf(format, "NODE", "KIND", "PID", "HEALTH", "DETAIL");
        for (final NodeStatus node : nodes) {
            out.printf(format, node.name(), node.kind(), node.running() ? Long.toString(node.pid()) : "-",
                    node.healthy() ? "ok" : node.running() ? "unhealthy" : "stopped", node.detail());
        }
    }
}
