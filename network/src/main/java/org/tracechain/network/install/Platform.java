// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.util.Locale;
import java.util.Optional;

/** This machine as Fabric's release file names spell it: {@code linux-amd64}, {@code darwin-arm64}, ... */
final class Platform {

    private Platform() {}

    /** This JVM's platform, or empty where Fabric publishes no release binaries. */
    static Optional<String> current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    static Optional<String> of(final String osName, final String osArch) {
        final String os = osName.toLowerCase(Locale.ROOT);
        final String system = os.startsWith("linux") ? "linux" : os.startsWith("mac") || os.startsWith("darwin") ? "darwin"
                : null;
        final String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "amd64";
            case "aarch64", "arm64" -> "arm64";
            default -> null;
        };
        return system == null || arch == null ? Optional.empty() : Optional.of(system + "-" + arch);
    }
}
