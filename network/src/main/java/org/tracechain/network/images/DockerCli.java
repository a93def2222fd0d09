// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.process.CommandRunner;

/**
 * The {@code docker} command line, run through the project's {@link CommandRunner}. The CLI rather than a Java client:
 * its errors are the ones users know and can act on, and it works with any engine the user's CLI talks to.
 * Builds use the classic builder ({@code DOCKER_BUILDKIT=0}): Debian's docker.io has no buildx.
 */
final class DockerCli {

    private static final Logger LOG = LoggerFactory.getLogger(DockerCli.class);
    private static final Duration QUICK = Duration.ofSeconds(30);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    static final String FIX = "scripts/docker-engine.sh start";

    private final Map<String, String> environment;
    private final String host;
    private final String hostDescription;

    private DockerCli(final Map<String, String> environment, final String host) {
        this.environment = Map.copyOf(environment);
        this.host = host;
        this.hostDescription = "DOCKER_HOST=" + host;
    }

    /** The engine's address, as DOCKER_HOST gives it. */
    String host() {
        return host;
    }

    /**
     * The engine to talk to: {@code DOCKER_HOST} when set, else the system socket, else the engine that
     * {@code scripts/docker-engine.sh} starts under the cache ({@code <cache>/docker/run/docker.sock}).
     */
    static DockerCli forEnvironment(final Map<String, String> env, final Path cacheRoot) {
        final Map<String, String> extra = new HashMap<>();
        extra.put("DOCKER_BUILDKIT", "0");
        Optional.ofNullable(env.get("DOCKER_CONFIG")).ifPresent(v -> extra.put("DOCKER_CONFIG", v));
        final String explicit = env.get("DOCKER_HOST");
        final Path ours = ownSocket(cacheRoot);
        final String host;
        if (explicit != null && !explicit.isBlank()) {
            host = explicit;
        } else if (Files.exists(Path.of("/var/run/docker.sock")) || !Files.exists(ours)) {
            host = "unix:///var/run/docker.sock";
        } else {
            host = "unix://" + ours;
        }
        extra.put("DOCKER_HOST", host);
        return new DockerCli(CommandRunner.cleanEnvironment(extra), host);
    }

    /** The socket of the engine {@code scripts/docker-engine.sh start} runs. */
    static Path ownSocket(final Path cacheRoot) {
        return cacheRoot.resolve("docker").resolve("run").resolve("docker.sock");
    }

    /** Fails with what is missing and the command that fixes it unless an engine answers. */
    String requireEngine() {
        final CommandRunner.Result version;
        try {
            version = run(List.of("docker", "version", "--format", "{{.Server.Version}}"), QUICK);
        } catch (DockerEngineException e) {
            if (!e.getMessage().startsWith("cannot run")) {
                throw new DockerEngineException("the Docker engine at " + hostDescription + " does not answer: "
                        + e.getMessage() + "; check it with 'scripts/docker-engine.sh status'");
            }
            throw new DockerEngineException("the docker command line is not installed (" + e.getMessage()
                    + "): run '" + FIX + "', which installs Debian's docker.io and starts an engine");
        }
        if (!version.ok()) {
            throw new DockerEngineException("no Docker engine answers at " + hostDescription + " (docker says: "
                    + version.tail(1) + "): run '" + FIX + "' (it starts dockerd as root with its data under the"
                    + " tracechain cache), or point DOCKER_HOST at a running engine");
        }
        final String server = version.output().strip();
        LOG.info("Docker engine {} at {}", server, hostDescription);
        return server;
    }

    /** The value of {@code label} on {@code image}, or empty when there is no such image or label. */
    Optional<String> label(final String image, final String label) {
        final CommandRunner.Result result = run(List.of("docker", "image", "inspect", "--format",
                "{{ index .Config.Labels \"" + label + "\" }}", image), QUICK);
        if (!result.ok()) {
            return Optional.empty();
        }
        final String value = result.output().strip();
        return value.isEmpty() || value.equals("<no value>") ? Optional.empty() : Optional.of(value);
    }

    /** The image's ID, or empty when there is no such image. */
    Optional<String> findImageId(final String image) {
        final CommandRunner.Result result =
                run(List.of("docker", "image", "inspect", "--format", "{{.Id}}", image), QUICK);
        return result.ok() ? Optional.of(result.output().strip()) : Optional.empty();
    }

    /** The image's ID. */
    String imageId(final String image) {
        return checked("docker image inspect " + image, List.of("docker", "image", "inspect", "--format", "{{.Id}}",
                image), QUICK).strip();
    }

    /** The image's size in bytes. */
    long size(final String image) {
        return Long.parseLong(checked("docker image inspect " + image, List.of("docker", "image", "inspect",
                "--format", "{{.Size}}", image), QUICK).strip());
    }

    /**
     * {@code docker build} of {@code context} into {@code tag} with {@code labels}. {@code hostNetwork}: RUN steps
     * use the host's network, the one network an engine started with {@code --bridge=none} has for them.
     */
    void build(final Path context, final String tag, final Map<String, String> labels, final boolean hostNetwork,
            final Duration timeout) {
        final List<String> command = new ArrayList<>(List.of("docker", "build", "--rm", "--force-rm", "-t", tag));
        labels.forEach((key, value) -> command.addAll(List.of("--label", key + "=" + value)));
        if (hostNetwork) {
            command.addAll(List.of("--network", "host"));
        }
        command.add(context.toString());
        longChecked("docker build " + tag, command, context, timeout);
    }

    /** {@code docker import} of a root file system tarball as {@code tag}, with Dockerfile {@code changes}. */
    void importTarball(final Path tarball, final String tag, final List<String> changes, final Duration timeout) {
        final List<String> command = new ArrayList<>(List.of("docker", "import"));
        changes.forEach(change -> command.addAll(List.of("--change", change)));
        command.addAll(List.of(tarball.toString(), tag));
        longChecked("docker import " + tag, command, tarball.getParent(), timeout);
    }

    /**
     * Removes an image that lost its name to a rebuild; one still used by a container or another name stays
     * (Docker refuses), which is what we want.
     */
    void removeReplaced(final String imageId) {
        final CommandRunner.Result result = run(List.of("docker", "image", "rm", imageId), QUICK);
        LOG.debug("removing replaced image {}: {}", imageId, result.ok() ? "removed" : result.tail(1));
    }

    private String checked(final String what, final List<String> command, final Duration timeout) {
        final CommandRunner.Result result = run(command, timeout);
        if (!result.ok()) {
            throw new DockerEngineException(what + " failed (exit " + result.exitCode() + ", " + hostDescription
                    + "):\n" + result.tail(20));
        }
        return result.output();
    }

    private void longChecked(final String what, final List<String> command, final Path workDir,
            final Duration timeout) {
        final CommandRunner.Result result =
                CommandRunner.runLong(what, command, environment, workDir, timeout, PROGRESS_EVERY);
        if (!result.ok()) {
            throw new DockerEngineException(what + " failed (exit " + result.exitCode() + ", " + hostDescription
                    + "):\n" + result.tail(25));
        }
        LOG.debug("{}: {}", what, result.tail(3));
    }

    private CommandRunner.Result run(final List<String> command, final Duration timeout) {
        try {
            return CommandRunner.runLong(command.get(0) + " " + command.get(1), command, environment,
                    Path.of(System.getProperty("java.io.tmpdir")), timeout, timeout);
        } catch (org.tracechain.network.NetworkException e) {
            throw new DockerEngineException(e.getMessage());
        }
    }
}
