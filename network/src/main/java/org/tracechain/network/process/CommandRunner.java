// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.NetworkException;

/**
 * Runs a finite command (configtxgen, osnadmin, the peer CLI, a Go build) with a timeout and collects its output.
 * Long commands can report progress; a command still running when this JVM exits is killed with it.
 */
public final class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);
    /** What a clean environment keeps from ours: enough to find programs, a home and a temp directory. */
    private static final List<String> KEPT_VARIABLES = List.of("PATH", "HOME", "TMPDIR", "LANG");

    private CommandRunner() {}

    /** Output and exit code of a finished command. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }

        /** The last {@code lines} lines of the output, for error messages. */
        public String tail(final int lines) {
            final List<String> all = output.strip().lines().toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        }
    }

    /** A clean environment: {@link #KEPT_VARIABLES} from ours plus {@code extra}. */
    public static Map<String, String> cleanEnvironment(final Map<String, String> extra) {
        final Map<String, String> env = new HashMap<>();
        for (final String name : KEPT_VARIABLES) {
            Optional.ofNullable(System.getenv(name)).ifPresent(v -> env.put(name, v));
        }
        env.putAll(extra);
        return env;
    }

    /** Runs {@code command} in a clean environment plus {@code environment}; never throws for a non-zero exit. */
    public static Result run(final List<String> command, final Map<String, String> environment, final Path workDir,
            final Duration timeout) {
        return run(command, cleanEnvironment(environment), workDir, timeout, null, Duration.ZERO);
    }

    /** Runs {@code command} and throws with its output when it fails. */
    public static String runChecked(final String what, final List<String> command, final Map<String, String> environment,
            final Path workDir, final Duration timeout) {
        final Result result = run(command, environment, workDir, timeout);
        if (!result.ok()) {
            throw new NetworkException(what + " failed (exit " + result.exitCode() + "):\n" + result.output().strip());
        }
        return result.output();
    }

    /**
     * Runs a long command with exactly {@code environment} (nothing inherited), logging "{@code what} still running
     * (N s)" every {@code progressEvery}. Never throws for a non-zero exit.
     */
    public static Result runLong(final String what, final List<String> command, final Map<String, String> environment,
            final Path workDir, final Duration timeout, final Duration progressEvery) {
        return run(command, environment, workDir, timeout, what, progressEvery);
    }

    private static Result run(final List<String> command, final Map<String, String> environment, final Path workDir,
            final Duration timeout, final String progressLabel, final Duration progressEvery) {
        final ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        LOG.debug("running {}", String.join(" ", command));
        final long start = System.nanoTime();
        Process process = null;
        Thread killer = null;
        try {
            process = builder.start();
            final Process started = process;
            killer = new Thread(started::destroyForcibly, "kill-" + Path.of(command.get(0)).getFileName());
            try {
                Runtime.getRuntime().addShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // Run from a shutdown hook (a benchmark or test stopping its network on Ctrl-C): no later hook can
                // run, and the command's deadline still bounds it.
                killer = null;
            }
            process.getOutputStream().close();
            final var output = process.getInputStream();
            final byte[][] holder = new byte[1][];
            final Thread reader = new Thread(() -> {
                try {
                    holder[0] = output.readAllBytes();
                } catch (IOException e) {
                    holder[0] = new byte[0];
                }
            }, "cmd-output");
            reader.setDaemon(true);
            reader.start();
            final long deadline = start + timeout.toNanos();
            final long step = progressLabel == null ? timeout.toMillis() : Math.max(1, progressEvery.toMillis());
            while (!process.waitFor(Math.max(1, Math.min(step, (deadline - System.nanoTime()) / 1_000_000)),
                    TimeUnit.MILLISECONDS)) {
                if (System.nanoTime() >= deadline) {
                    process.destroyForcibly();
                    throw new NetworkException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s: "
                            + String.join(" ", command));
                }
                if (progressLabel != null) {
                    LOG.info("  {} still running ({} s)", progressLabel, (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
            reader.join(5_000);
            final String text = holder[0] == null ? "" : new String(holder[0], StandardCharsets.UTF_8);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new NetworkException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while running " + command.get(0), e);
        } finally {
            if (killer != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is exiting: the hook runs and kills the command, which is what we want.
                }
            }
        }
    }
}
