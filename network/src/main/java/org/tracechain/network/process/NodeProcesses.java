// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;

/**
 * Starts node processes and tracks them by PID in {@code <run>/<node>.pid}, so a later command (or another
 * JVM) can find and stop exactly them. A PID file also records the process start time: a PID the kernel has
 * since reused for some other process is never signalled.
 *
 * <p>Processes are started in their own session ({@code setsid}) with a clean environment: a terminal's
 * Ctrl+C does not reach them, and stray {@code CORE_*} variables of the caller cannot change their config.
 */
public final class NodeProcesses {

    private static final Logger LOG = LoggerFactory.getLogger(NodeProcesses.class);
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final Path runDir;

    public NodeProcesses(final Path runDir) {
        this.runDir = runDir;
    }

    /** The live process tracked under {@code node}, if its PID file matches a running process. */
    public Optional<ProcessHandle> running(final String node) {
        final Path pidFile = pidFile(node);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        final Properties p = new Properties();
        try {
            p.load(Files.newBufferedReader(pidFile, StandardCharsets.UTF_8));
            final long pid = Long.parseLong(p.getProperty("pid"));
            final String started = p.getProperty("started", "");
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> started.isEmpty()
                            || h.info().startInstant().map(Instant::toString).map(started::equals).orElse(true));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring unreadable PID file {}: {}", pidFile, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Starts {@code command} as {@code node}, appending its output to {@code log}, and records its PID.
     *
     * @param environment the complete environment of the process (nothing is inherited but PATH and HOME)
     */
    public ProcessHandle start(final String node, final List<String> command, final Map<String, String> environment,
            final Path workDir, final Path log) {
        return start(node, command, environment, workDir, log, null);
    }

    /**
     * As {@link #start(String, List, Map, Path, Path)}; {@code requires} (nullable) must exist before the node may
     * be {@linkplain #restart restarted}, e.g. its ledger: a node whose data was lost must not be started empty.
     */
    public ProcessHandle start(final String node, final List<String> command, final Map<String, String> environment,
            final Path workDir, final Path log, final Path requires) {
        return start(node, command, environment, workDir, log, requires, null);
    }

    /**
     * As {@link #start(String, List, Map, Path, Path, Path)}; {@code stopSignal} (nullable: SIGTERM) is the signal
     * that asks this node to stop, e.g. {@code INT} for PostgreSQL, whose SIGTERM waits for every client to leave.
     */
    public ProcessHandle start(final String node, final List<String> command, final Map<String, String> environment,
            final Path workDir, final Path log, final Path requires, final String stopSignal) {
        if (stopSignal != null && !stopSignal.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("not a signal name: " + stopSignal);
        }
        final List<String> full = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        final ProcessBuilder builder = new ProcessBuilder(full)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        final Map<String, String> env = builder.environment();
        final Map<String, String> inherited = new HashMap<>();
        for (final String keep : List.of("PATH", "HOME", "TMPDIR", "LANG")) {
            Optional.ofNullable(System.getenv(keep)).ifPresent(v -> inherited.put(keep, v));
        }
        env.clear();
        env.putAll(inherited);
        env.putAll(environment);
        try {
            Files.createDirectories(runDir);
            Files.createDirectories(log.getParent());
            // A node's directory holds its log and, for a peer, a ledger with its organisation's private data (trade
            // terms, salts) in the clear, in files Fabric creates world-readable: the directory keeps others out.
            Files.setPosixFilePermissions(log.getParent(), PosixFilePermissions.fromString("rwx------"));
            // Logs are the node's own business: its organisation's operator reads them, nobody else on the machine.
            if (!Files.exists(log)) {
                Files.createFile(log, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-------"));
            Files.writeString(log, "---- " + Instant.now() + " starting " + node + ": " + String.join(" ", command)
                    + System.lineSeparator(), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            final Process process = builder.start();
            final ProcessHandle handle = process.toHandle();
            LaunchSpec.write(runDir.resolve(node + LaunchSpec.SUFFIX),
                    new LaunchSpec(command, environment, workDir.toString(), log.toString(),
                            requires == null ? null : requires.toString(), stopSignal));
            writePidFile(node, handle, command.get(0));
            LOG.debug("started {} as PID {}", node, handle.pid());
            return handle;
        } catch (IOException e) {
            throw new NetworkException("cannot start " + node + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /**
     * Starts {@code node} again exactly as it was last started (its recorded {@link LaunchSpec}), for a supervisor
     * restarting a node that died.
     */
    public ProcessHandle restart(final String node) {
        final LaunchSpec spec = LaunchSpec.read(runDir.resolve(node + LaunchSpec.SUFFIX));
        final Optional<Path> missing = missingRequirement(node);
        if (missing.isPresent()) {
            throw new NetworkException(node + " is not started again: " + missing.get() + " is missing");
        }
        return start(node, spec.command(), spec.environment(), Path.of(spec.workDir()), Path.of(spec.log()),
                spec.requires() == null ? null : Path.of(spec.requires()), spec.stopSignal());
    }

    /** What a node needs to be started again and lacks (its ledger directory), if anything. */
    public Optional<Path> missingRequirement(final String node) {
        final Path spec = runDir.resolve(node + LaunchSpec.SUFFIX);
        if (!Files.isRegularFile(spec)) {
            return Optional.of(spec);
        }
        final String requires = LaunchSpec.read(spec).requires();
        return requires == null || Files.exists(Path.of(requires)) ? Optional.empty() : Optional.of(Path.of(requires));
    }

    /** The log of a tracked node, as it was last started. */
    public Optional<Path> log(final String node) {
        final Path spec = runDir.resolve(node + LaunchSpec.SUFFIX);
        return Files.isRegularFile(spec) ? Optional.of(Path.of(LaunchSpec.read(spec).log())) : Optional.empty();
    }

    /**
     * Stops the process tracked as {@code node}: SIGTERM, then SIGKILL after {@code grace}. Removes the PID file.
     *
     * @return whether a live process was stopped
     */
    public boolean stop(final String node, final Duration grace) {
        return !stopTogether(List.of(node), grace).isEmpty();
    }

    /**
     * Stops the processes tracked as {@code nodes} together: SIGTERM (or the node's own stop signal) to all of them at once, then each is awaited
     * until {@code grace} after that signal and killed if still alive. Nodes of one kind shut down independently,
     * so waiting for them one after another would only add their shutdown times up. Removes their PID files.
     *
     * @return the nodes whose live process was stopped, in the order given
     */
    public List<String> stopTogether(final List<String> nodes, final Duration grace) {
        final Map<String, ProcessHandle> signalled = new LinkedHashMap<>();
        for (final String node : nodes) {
            running(node).ifPresent(h -> {
                askToStop(node, h);
                signalled.put(node, h);
            });
        }
        final long deadline = System.nanoTime() + grace.toNanos();
        signalled.forEach((node, h) -> {
            try {
                h.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                LOG.warn("{} (PID {}) did not stop within {} s; killing it", node, h.pid(), grace.toSeconds());
                h.destroyForcibly();
                h.onExit().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                h.destroyForcibly();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        });
        for (final String node : nodes) {
            try {
                Files.deleteIfExists(pidFile(node));
            } catch (IOException e) {
                LOG.warn("cannot remove PID file of {}: {}", node, e.getMessage());
            }
        }
        return List.copyOf(signalled.keySet());
    }

    /** Sends the node its stop signal: SIGTERM, unless it was started with another one (Java sends only TERM/KILL). */
    private void askToStop(final String node, final ProcessHandle handle) {
        final Path spec = runDir.resolve(node + LaunchSpec.SUFFIX);
        final String signal = Files.isRegularFile(spec) ? LaunchSpec.read(spec).stopSignal() : null;
        if (signal == null || signal.equals("TERM")) {
            handle.destroy();
            return;
        }
        final CommandRunner.Result sent = CommandRunner.run(List.of("kill", "-s", signal, Long.toString(handle.pid())),
                Map.of(), runDir, Duration.ofSeconds(10));
        if (!sent.ok()) {
            LOG.warn("cannot send SIG{} to {} (PID {}): {}; sending SIGTERM", signal, node, handle.pid(), sent.tail(3));
            handle.destroy();
        }
    }

    /** Names of all nodes with a PID file. */
    public List<String> tracked() {
        if (!Files.isDirectory(runDir)) {
            return List.of();
        }
        try (var files = Files.list(runDir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pid"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new NetworkException("cannot list " + runDir + ": " + e.getMessage(), e);
        }
    }

    private Path pidFile(final String node) {
        return runDir.resolve(node + ".pid");
    }

    private void writePidFile(final String node, final ProcessHandle handle, final String program) throws IOException {
        final String content = "pid=" + handle.pid() + "\n"
                + "started=" + handle.info().startInstant().map(Instant::toString).orElse("") + "\n"
                + "program=" + program + "\n";
        final Path tmp = runDir.resolve(node + ".pid.tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        Files.move(tmp, pidFile(node), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
