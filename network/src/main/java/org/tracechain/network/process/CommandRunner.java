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

/** Runs a short-lived Fabric tool (configtxgen, osnadmin, peer CLI) with a clean environment and a timeout. */
public final class CommandRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CommandRunner.class);

    private CommandRunner() {}

    /** Output and exit code of a finished command. */
    public record Result(int exitCode, String output) {
        public boolean ok() {
            return exitCode == 0;
        }
    }

    /** Runs {@code command}; never throws for a non-zero exit (see {@link #runChecked}). */
    public static Result run(final List<String> command, final Map<String, String> environment, final Path workDir,
            final Duration timeout) {
        final ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        final Map<String, String> env = builder.environment();
        final Map<String, String> keep = new HashMap<>();
        for (final String name : List.of("PATH", "HOME", "TMPDIR", "LANG")) {
            Optional.ofNullable(System.getenv(name)).ifPresent(v -> keep.put(name, v));
        }
        env.clear();
        env.putAll(keep);
        env.putAll(environment);
        LOG.debug("running {}", String.join(" ", command));
        try {
            final Process process = builder.start();
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
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new NetworkException(command.get(0) + " did not finish within " + timeout.toSeconds() + " s: "
                        + String.join(" ", command));
            }
            reader.join(5_000);
            final String text = holder[0] == null ? "" : new String(holder[0], StandardCharsets.UTF_8);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new NetworkException("cannot run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NetworkException("interrupted while running " + command.get(0), e);
        }
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
}
