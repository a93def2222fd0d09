// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracechain.network.FabricNetwork;
import org.tracechain.network.NetworkException;
import org.tracechain.network.NodeStatus;

/**
 * {@code tracechain network up|down|clean|status}: start, stop, delete or inspect the local Fabric network;
 * {@code tracechain user ...} ({@link UserCli}): users added and revoked after the network was created.
 *
 * <p>Options: {@code --home DIR} (default {@code $TRACECHAIN_HOME} or {@code ./.tracechain}),
 * {@code --topology FILE} (default: the built-in topology), {@code --chaincode-dir DIR} (default
 * {@code chaincode/target}), {@code --base-port N}, {@code --batch-timeout 250ms}.
 */
public final class NetworkCli {

    private static final String USAGE = """
            usage: tracechain network <up|down|clean|status|repair|stop|start> [options]
              up        install Fabric if needed, start or reuse every node and the network's PostgreSQL (the
                        servers' query store), deploy the chaincode, and start the supervisor that restarts nodes
                        that die and rotates their logs
              repair    rebuild the lost or damaged data of one orderer or peer (--node NAME) from the others
              stop      stop one node on purpose (--node NAME): the supervisor leaves it stopped
              start     start a node stopped with 'stop' again (--node NAME)
              down      stop every node and PostgreSQL by PID; ledgers and the database are kept (up restarts on them)
              clean     stop every node and delete the network's home directory
              status    show each node's process and health
              user      add, list or revoke users of an organisation (tracechain user --help)
            options:
              --home DIR             network home (default: $TRACECHAIN_HOME or ./.tracechain)
              --topology FILE        topology JSON (default: built-in 3 orderers, 5 organisations, 2 channels)
              --chaincode-dir DIR    where foodtrace-chaincode.jar and govdir-chaincode.jar are (default: chaincode/target)
              --base-port N          first port of the network's port block (default from the topology: 27000)
              --batch-timeout T      orderer block cutting timeout for new channels, e.g. 250ms or 1s
              --node NAME            the node to repair, stop or start, e.g. peer0.producer, orderer2 or postgres
            After a successful up, the home remembers --topology, --base-port and --batch-timeout: later commands
            on it use them unless given others.
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
        if (!rest.isEmpty() && rest.get(0).equals("user")) {
            return UserCli.run(rest.subList(1, rest.size()), out, err, env);
        }
        if (rest.isEmpty() || rest.contains("--help") || rest.contains("-h")) {
            (rest.isEmpty() ? err : out).print(USAGE);
            return rest.isEmpty() ? 2 : 0;
        }
        final String command = rest.remove(0);
        try {
            final NetworkOptions options = NetworkOptions.parse(rest, env).withRecordedDefaults();
            final FabricNetwork network = new FabricNetwork(options.home(), options.topology(), options.chaincodeDir());
            switch (command) {
                case "up" -> {
                    final List<NodeStatus> status = network.up();
                    options.record();
                    print(out, status);
                }
                case "repair" -> print(out, network.repair(requireNode(options, "repair")));
                case "stop" -> network.stopNode(requireNode(options, "stop"));
                case "start" -> network.startNode(requireNode(options, "start"));
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
        } catch (java.io.IOException e) {
            err.println("tracechain network " + command + " failed: " + e.getMessage());
            return 1;
        }
    }

    /**
     * The network {@code tracechain network up} started in {@code home}, as later commands see it (its recorded
     * topology and ports), for tools that report on it such as the HTTP server's node health; empty when that home
     * has no recorded network.
     *
     * @param home a tracechain home
     * @return the network, not started or checked
     */
    public static java.util.Optional<FabricNetwork> recorded(final java.nio.file.Path home) {
        if (!java.nio.file.Files.isRegularFile(home.resolve(NetworkOptions.RECORD_FILE))) {
            return java.util.Optional.empty();
        }
        final NetworkOptions options = NetworkOptions.parse(List.of("--home", home.toString()), Map.of())
                .withRecordedDefaults();
        return java.util.Optional.of(new FabricNetwork(options.home(), options.topology(), options.chaincodeDir()));
    }

    private static String requireNode(final NetworkOptions options, final String command) {
        if (options.node() == null) {
            throw new IllegalArgumentException(command + " needs --node NAME");
        }
        return options.node();
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
