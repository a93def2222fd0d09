// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.cli;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.network.topology.Topology;
import org.tracechain.network.topology.TopologyLoader;

/**
 * The options of a {@code network} command. Those that shape the network ({@code --topology}, {@code --base-port},
 * {@code --batch-timeout}) are recorded in the home when {@code up} succeeds, and later commands on that home use
 * the recorded ones unless told otherwise: {@code status} and {@code down} of a network started on another port
 * block look at that block, not the default one.
 *
 * @param topologyFile a topology JSON file, or null for the built-in one
 * @param basePort the port block, or null for the topology's own
 * @param batchTimeout the orderers' block cutting timeout for new channels, or null for the topology's own
 * @param node the node a {@code repair} is about, or null
 */
record NetworkOptions(Path home, Path topologyFile, Integer basePort, Duration batchTimeout, Path chaincodeDir,
        String node) {

    static final String RECORD_FILE = "network-options.json";
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** What {@link #RECORD_FILE} holds: the network-shaping options {@code up} was given. */
    record Recorded(String topologyFile, Integer basePort, String batchTimeout) {}

    /** Parses {@code --option value} pairs; the home defaults to {@code $TRACECHAIN_HOME} or {@code ./.tracechain}. */
    static NetworkOptions parse(final List<String> args, final Map<String, String> env) {
        final String homeEnv = env.get("TRACECHAIN_HOME");
        Path home = homeEnv == null || homeEnv.isBlank() ? Path.of(".tracechain") : Path.of(homeEnv);
        Path topologyFile = null;
        Integer basePort = null;
        Duration batchTimeout = null;
        Path chaincodeDir = Path.of("chaincode", "target");
        String node = null;
        for (int i = 0; i < args.size(); i += 2) {
            final String option = args.get(i);
            final String value = i + 1 < args.size() ? args.get(i + 1) : null;
            if (value == null) {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            switch (option) {
                case "--home" -> home = Path.of(value);
                case "--topology" -> topologyFile = Path.of(value);
                case "--chaincode-dir" -> chaincodeDir = Path.of(value);
                case "--base-port" -> basePort = parsePort(value);
                case "--batch-timeout" -> batchTimeout = parseDuration(value);
                case "--node" -> node = value;
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new NetworkOptions(home, topologyFile, basePort, batchTimeout, chaincodeDir, node);
    }

    /** These options, with what the home recorded filling in those not given. */
    NetworkOptions withRecordedDefaults() {
        final Optional<Recorded> recorded = recorded();
        if (recorded.isEmpty() || topologyFile != null) {
            // A topology given on the command line replaces the recorded one and all that came with it.
            return this;
        }
        final Recorded r = recorded.get();
        return new NetworkOptions(home, r.topologyFile() == null ? null : Path.of(r.topologyFile()),
                basePort != null ? basePort : r.basePort(),
                batchTimeout != null ? batchTimeout : r.batchTimeout() == null ? null : parseDuration(r.batchTimeout()),
                chaincodeDir, node);
    }

    /** The topology these options describe. */
    Topology topology() {
        Topology topology = topologyFile == null ? TopologyLoader.defaultTopology() : TopologyLoader.load(topologyFile);
        if (basePort != null) {
            topology = topology.withBasePort(basePort);
        }
        if (batchTimeout != null) {
            topology = topology.withBatchTimeout(batchTimeout);
        }
        return TopologyLoader.validate(topology);
    }

    /** Records the network-shaping options in the home, for later commands. */
    void record() throws IOException {
        final Recorded r = new Recorded(topologyFile == null ? null : topologyFile.toAbsolutePath().toString(),
                basePort, batchTimeout == null ? null : batchTimeout.toMillis() + "ms");
        Files.createDirectories(home);
        final Path tmp = home.resolve(RECORD_FILE + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), r);
        Files.move(tmp, home.resolve(RECORD_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private Optional<Recorded> recorded() {
        final Path file = home.resolve(RECORD_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Recorded.class));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " is unreadable (" + e.getMessage() + "); give the options "
                    + "explicitly or delete it");
        }
    }

    private static int parsePort(final String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--base-port must be a number, not '" + value + "'");
        }
    }

    static Duration parseDuration(final String text) {
        try {
            if (text.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(text.substring(0, text.length() - 2)));
            }
            if (text.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(text.substring(0, text.length() - 1)));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("duration '" + text + "' must be a whole number ending in ms or s");
    }
}
