// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.BindMode;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.utility.DockerImageName;
import org.tracechain.network.NodeRuntime;
import org.tracechain.network.node.Node;
import org.tracechain.network.topology.NodeAddressing;

/**
 * Runs each node of a network as a container on one Docker network: its TLS host name is its alias there, its ports
 * are published on the host's loopback at the same numbers (the topology's port block, so the host's tools and the
 * wallets' gateway profiles dial 127.0.0.1 as for native processes), and the home directory is mounted at its own
 * path, so every path in a node's environment means the same inside its container. A node's output is appended to
 * its log file in the home, as a native process's is.
 *
 * <p>Containers carry the labels {@value #HOME_LABEL} and {@value #NODE_LABEL}: containers a killed JVM left behind
 * for the same home are removed before a node starts again.
 */
final class ContainerNodeRuntime implements NodeRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(ContainerNodeRuntime.class);
    static final String HOME_LABEL = "org.tracechain.home";
    static final String NODE_LABEL = "org.tracechain.node";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final Path home;
    private final Network network;
    private final NodeImages images;
    private final Map<String, Node> nodes = new ConcurrentHashMap<>();
    private final Map<String, Started> containers = new ConcurrentHashMap<>();

    /** A running container and the file its output goes to. */
    private record Started(GenericContainer<?> container, LogFile log) {}

    ContainerNodeRuntime(final Path home, final Network network, final NodeImages images) {
        this.home = home;
        this.network = network;
        this.images = images;
    }

    @Override
    public NodeAddressing addressing() {
        return NodeAddressing.CONTAINER_NETWORK;
    }

    @Override
    public boolean running(final String node) {
        final Started started = containers.get(node);
        if (started == null) {
            return false;
        }
        try {
            return started.container().isRunning();
        } catch (RuntimeException gone) {
            return false; // removed behind our back (docker rm): not running
        }
    }

    @Override
    public OptionalLong pid(final String node) {
        if (!running(node)) {
            return OptionalLong.empty();
        }
        final InspectContainerResponse info = containers.get(node).container().getContainerInfo();
        final Long pid = info == null || info.getState() == null ? null : info.getState().getPidLong();
        // The engine's PID is one of this machine only when the engine runs here (not in a VM, as Docker Desktop).
        return pid != null && pid > 0 && ProcessHandle.of(pid).isPresent() ? OptionalLong.of(pid) : OptionalLong.empty();
    }

    @Override
    public void start(final Node node) throws IOException {
        nodes.put(node.name(), node);
        final NodeImages.Launch launch = images.launch(node);
        final LogFile log = LogFile.append(node.log());
        log.write(("---- " + Instant.now() + " starting " + node.name() + " in a container of " + launch.image() + ": "
                + String.join(" ", launch.command()) + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        final GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(launch.image()))
                .withNetwork(network)
                .withNetworkAliases(node.hostName())
                .withEnv(launch.environment())
                .withCommand(launch.command().toArray(String[]::new))
                .withLabel(HOME_LABEL, home.toString())
                .withLabel(NODE_LABEL, node.name())
                .withFileSystemBind(home.toString(), home.toString(), BindMode.READ_WRITE)
                .withLogConsumer(frame -> log.write(frame.getBytes()))
                .withStartupTimeout(START_TIMEOUT)
                .withCreateContainerCmdModifier(cmd -> {
                    cmd.withName(containerName(node));
                    cmd.withUser(owner());
                    cmd.withExposedPorts(node.ports().keySet().stream().map(ExposedPort::tcp).toList());
                    // Same port on the host's loopback as in the container: the port block is the user's choice,
                    // as for native nodes, and nothing on other interfaces can reach the network.
                    final Ports bindings = new Ports();
                    node.ports().keySet().forEach(port -> bindings.bind(ExposedPort.tcp(port),
                            Ports.Binding.bindIpAndPort("127.0.0.1", port)));
                    cmd.getHostConfig().withPortBindings(bindings);
                });
        launch.readOnlyMounts().forEach(dir -> container.withFileSystemBind(dir.toString(), dir.toString(),
                BindMode.READ_ONLY));
        removeLeftover(node);
        try {
            container.start();
        } catch (RuntimeException e) {
            try {
                container.stop(); // a container created but not started is removed, not left for the next run
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            log.close();
            throw e;
        }
        containers.put(node.name(), new Started(container, log));
        LOG.debug("{} runs in container {} ({})", node.name(), container.getContainerId(), launch.image());
    }

    @Override
    public void restart(final String node) {
        final Node known = nodes.get(node);
        if (known == null) {
            throw new IllegalStateException(node + " was never started by this runtime");
        }
        try {
            stop(node, Duration.ZERO);
            start(known);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot restart " + node, e);
        }
    }

    @Override
    public boolean stop(final String node, final Duration grace) {
        final Started started = containers.remove(node);
        if (started == null) {
            return false;
        }
        final GenericContainer<?> container = started.container();
        boolean wasRunning = false;
        try {
            wasRunning = container.isRunning();
            if (wasRunning && !grace.isZero()) {
                // SIGTERM first (Testcontainers' stop kills at once): orderers and peers close their ledgers.
                container.getDockerClient().stopContainerCmd(container.getContainerId())
                        .withTimeout((int) Math.max(1, grace.toSeconds())).exec();
            }
        } catch (RuntimeException e) {
            LOG.debug("{}: graceful stop failed ({}); removing it", node, e.getMessage());
        } finally {
            container.stop(); // kills what is left and removes the container
            started.log().close();
        }
        return wasRunning;
    }

    @Override
    public List<String> stopTogether(final List<String> names, final Duration grace) {
        final List<CompletableFuture<String>> stops = new ArrayList<>();
        for (final String name : names) {
            stops.add(CompletableFuture.supplyAsync(() -> stop(name, grace) ? name : null));
        }
        return stops.stream().map(CompletableFuture::join).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public List<String> tracked() {
        return List.copyOf(containers.keySet());
    }

    /** A name people can read in {@code docker ps}: the node and the port block it serves. */
    private static String containerName(final Node node) {
        final int port = node.ports().keySet().stream().min(Integer::compare).orElse(0);
        return "tracechain-" + node.name() + "-" + port;
    }

    /** The home's owner: files the nodes write stay the user's, not root's. */
    private String owner() {
        try {
            return Files.getAttribute(home, "unix:uid") + ":" + Files.getAttribute(home, "unix:gid");
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("cannot read the owner of " + home, e);
        }
    }

    /** Removes a container of this home and node that a killed JVM left behind (it would hold the name and ports). */
    private void removeLeftover(final Node node) {
        final var docker = org.testcontainers.DockerClientFactory.instance().client();
        docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(HOME_LABEL, home.toString(), NODE_LABEL, node.name())).exec()
                .forEach(left -> {
                    LOG.info("Removing container {} of {}, left behind by an earlier run", left.getId(), node.name());
                    docker.removeContainerCmd(left.getId()).withForce(true).exec();
                });
    }
}
