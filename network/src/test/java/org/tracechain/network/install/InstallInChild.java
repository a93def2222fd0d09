// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one install in a JVM of its own, so tests can kill it midway or race it against another process.
 * Arguments: cache directory, source archive, fake go.
 */
public final class InstallInChild {

    private InstallInChild() {}

    public static void main(final String[] args) throws Exception {
        final Path archive = Path.of(args[1]);
        installer(Path.of(args[0]), archive, Path.of(args[2])).ensureInstalled();
    }

    static FabricInstaller installer(final Path cache, final Path archive, final Path go) throws Exception {
        return new FabricInstaller(Map.of("TRACECHAIN_CACHE", cache.toString(), "PATH", "",
                "TRACECHAIN_FABRIC_SRC", archive.toString(), "TRACECHAIN_FABRIC_RELEASE", "/nowhere.tar.gz"),
                Optional.empty(), FakeFabric.pin(archive, "linux-amd64", null), Optional.of("linux-amd64"), List.of(go),
                Duration.ofSeconds(1));
    }
}
