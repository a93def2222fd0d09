// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.nio.file.Path;

/** One way of getting the Fabric binaries; the installer tries them in order. */
interface InstallSource {

    /** What this source is, e.g. "source archive /x/fabric-3.1.5-src.tar.xz", for logs and the final error. */
    String description();

    /**
     * Puts {@link FabricPin#TOOLS} into {@code staging/bin} and {@link FabricPin#CONFIG_FILES} into
     * {@code staging/config}, using {@code work} for anything else (both exist, are empty, and are deleted after).
     *
     * @throws SourceUnavailableException when this source cannot provide them; the installer tries the next one
     */
    void install(Path staging, Path work) throws SourceUnavailableException;
}
