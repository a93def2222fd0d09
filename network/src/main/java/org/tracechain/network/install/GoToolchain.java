// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracechain.network.NetworkException;
import org.tracechain.network.process.CommandRunner;

/** A Go toolchain on this machine, its version, and the version a module's {@code go.mod} asks for. */
record GoToolchain(Path go, String version) {

    /** Where Go's official installer puts it; non-login shells often lack it on PATH. */
    static final List<Path> USUAL_PLACES = List.of(Path.of("/usr/local/go/bin/go"), Path.of("/usr/lib/go/bin/go"));

    private static final Pattern VERSION = Pattern.compile("go(\\d+)\\.(\\d+)(?:\\.(\\d+))?");
    private static final Pattern GO_DIRECTIVE = Pattern.compile("(?m)^go\\s+(\\d+\\.\\d+(?:\\.\\d+)?)\\s*$");

    /** The first {@code go} on {@code PATH}, in {@code GOROOT}, or in the usual places, with its version. */
    static Optional<GoToolchain> find(final Map<String, String> env, final List<Path> usualPlaces) {
        return locate(env, usualPlaces).map(go -> new GoToolchain(go, versionOf(go)));
    }

    private static Optional<Path> locate(final Map<String, String> env, final List<Path> usualPlaces) {
        for (final String dir : env.getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "go"))) {
                return Optional.of(Path.of(dir, "go"));
            }
        }
        final String goroot = env.get("GOROOT");
        if (goroot != null && !goroot.isBlank() && Files.isExecutable(Path.of(goroot, "bin", "go"))) {
            return Optional.of(Path.of(goroot, "bin", "go"));
        }
        return usualPlaces.stream().filter(Files::isExecutable).findFirst();
    }

    /** {@code go1.26.8}: the toolchain's own version, never one it would download ({@code GOTOOLCHAIN=local}). */
    private static String versionOf(final Path go) {
        final CommandRunner.Result result = CommandRunner.run(List.of(go.toString(), "env", "GOVERSION"),
                Map.of("GOTOOLCHAIN", "local", "GOENV", "off"), go.getParent(), Duration.ofSeconds(60));
        if (!result.ok()) {
            throw new NetworkException(go + " env GOVERSION failed: " + result.tail(5));
        }
        return result.output().strip();
    }

    /** Whether this toolchain is at least {@code required} ({@code 1.26.4}, as a go.mod states it). */
    boolean atLeast(final String required) {
        final int[] have = parse(version);
        final int[] need = parse("go" + required);
        for (int i = 0; i < 3; i++) {
            if (have[i] != need[i]) {
                return have[i] > need[i];
            }
        }
        return true;
    }

    /** The {@code go} directive of a go.mod file, e.g. {@code 1.26.4}. */
    static String requiredBy(final Path goMod) throws IOException {
        final Matcher m = GO_DIRECTIVE.matcher(Files.readString(goMod, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IOException(goMod + " has no go directive");
        }
        return m.group(1);
    }

    private static int[] parse(final String text) {
        final Matcher m = VERSION.matcher(text);
        if (!m.find()) {
            // A development build ("devel +abc"): assume it is recent rather than refuse to build.
            return new int[] {Integer.MAX_VALUE, 0, 0};
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
            m.group(3) == null ? 0 : Integer.parseInt(m.group(3))};
    }
}
