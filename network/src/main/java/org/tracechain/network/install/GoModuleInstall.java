// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.network.process.CommandRunner;

/**
 * {@code go install github.com/hyperledger/fabric/cmd/<tool>@<commit>} through the user's Go module proxy, and
 * the configuration files from that module's {@code sampleconfig/}. The user's Go settings (proxy, module cache)
 * apply. The last resort: some proxies refuse this module.
 */
final class GoModuleInstall implements InstallSource {

    private static final Logger LOG = LoggerFactory.getLogger(GoModuleInstall.class);
    static final String MODULE = "github.com/hyperledger/fabric";

    private final FabricPin pin;
    private final Map<String, String> env;
    private final Supplier<Optional<GoToolchain>> go;
    private final Duration progressEvery;
    private final Duration timeout;

    GoModuleInstall(final FabricPin pin, final Map<String, String> env, final Supplier<Optional<GoToolchain>> go,
            final Duration progressEvery, final Duration timeout) {
        this.pin = pin;
        this.env = Map.copyOf(env);
        this.go = go;
        this.progressEvery = progressEvery;
        this.timeout = timeout;
    }

    @Override
    public String description() {
        return "go install " + MODULE + "/cmd/...@" + pin.commit().substring(0, 12) + " (Go module proxy)";
    }

    @Override
    public void install(final Path staging, final Path work) throws SourceUnavailableException {
        final GoToolchain toolchain = go.get().orElseThrow(() -> new SourceUnavailableException(
                "no go was found on PATH, in GOROOT or in /usr/local/go"));
        final Map<String, String> goEnv = new HashMap<>(env);
        goEnv.put("CGO_ENABLED", "0");
        goEnv.put("GOBIN", staging.resolve("bin").toString());
        final List<String> install = new ArrayList<>(List.of(toolchain.go().toString(), "install", "-ldflags",
                "-X " + MODULE + "/common/metadata.Version=" + pin.version()));
        FabricPin.TOOLS.forEach(tool -> install.add(MODULE + "/cmd/" + tool + "@" + pin.moduleVersion()));
        LOG.info("  go install {} tools at {} (downloads ~150 modules, then compiles)", FabricPin.TOOLS.size(),
                pin.commit().substring(0, 12));
        final CommandRunner.Result installed = CommandRunner.runLong("go install", install, goEnv, work, timeout,
                progressEvery);
        if (!installed.ok()) {
            throw new SourceUnavailableException("go install failed (exit " + installed.exitCode() + "): "
                    + installed.tail(3).replace("\n", " | "));
        }
        final CommandRunner.Result downloaded = CommandRunner.runLong("go mod download", List.of(
                toolchain.go().toString(), "mod", "download", "-json", MODULE + "@" + pin.moduleVersion()), goEnv, work,
                timeout, progressEvery);
        final Optional<String> moduleDir = jsonField(downloaded.output(), "Dir");
        if (!downloaded.ok() || moduleDir.isEmpty()) {
            throw new SourceUnavailableException("go mod download did not report the module directory: "
                    + downloaded.tail(3).replace("\n", " | "));
        }
        try {
            for (final String file : FabricPin.CONFIG_FILES) {
                final Path copy = staging.resolve("config").resolve(file);
                Files.copy(Path.of(moduleDir.get(), "sampleconfig", file), copy, StandardCopyOption.REPLACE_EXISTING);
                // The module cache is read-only; the copy must not be.
                copy.toFile().setWritable(true, true);
            }
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot copy sampleconfig/: " + e.getMessage(), e);
        }
    }

    /** A string field of {@code go mod download -json}'s object, which may follow lines of Go's own chatter. */
    static Optional<String> jsonField(final String output, final String field) {
        final int start = output.indexOf('{');
        if (start < 0) {
            return Optional.empty();
        }
        try {
            final JsonNode value = new ObjectMapper().readTree(output.substring(start)).path(field);
            return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
