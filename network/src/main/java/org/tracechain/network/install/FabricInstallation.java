// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.nio.file.Path;

/**
 * Where the Fabric binaries and their default configuration are.
 *
 * @param binDir directory with {@code peer}, {@code orderer}, {@code configtxgen}, {@code osnadmin}
 * @param configDir directory with the default {@code core.yaml} and {@code orderer.yaml}
 */
public record FabricInstallation(Path binDir, Path configDir) {

    public Path peer() {
        return binDir.resolve("peer");
    }

    public Path orderer() {
        return binDir.resolve("orderer");
    }

    public Path configtxgen() {
        return binDir.resolve("configtxgen");
    }

    public Path osnadmin() {
        return binDir.resolve("osnadmin");
    }
}
