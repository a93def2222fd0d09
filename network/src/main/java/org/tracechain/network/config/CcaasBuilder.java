// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Writes the peer's external builder for chaincode-as-a-service packages. A package of type {@code ccaas}
 * carries only {@code connection.json}; releasing it tells the peer to dial the chaincode server at that
 * address instead of launching anything, so the chaincode JVMs stay under tracechain's own control.
 */
public final class CcaasBuilder {

    /** Builder name in the peer's {@code chaincode.externalBuilders}. */
    public static final String NAME = "tracechain-ccaas";

    private static final Map<String, String> SCRIPTS = Map.of(
            "detect", """
                    #!/bin/sh
                    # detect CHAINCODE_SOURCE_DIR CHAINCODE_METADATA_DIR: claim packages whose type is ccaas.
                    grep -Eq '"type"[[:space:]]*:[[:space:]]*"ccaas"' "$2/metadata.json"
                    """,
            "build", """
                    #!/bin/sh
                    # build CHAINCODE_SOURCE_DIR CHAINCODE_METADATA_DIR BUILD_OUTPUT_DIR: nothing to compile;
                    # keep the connection details (and any state database indexes) for release.
                    set -e
                    test -f "$1/connection.json" || { echo "connection.json missing from package" >&2; exit 1; }
                    cp "$1/connection.json" "$3/connection.json"
                    if [ -d "$1/META-INF" ]; then cp -R "$1/META-INF" "$3/META-INF"; fi
                    """,
            "release", """
                    #!/bin/sh
                    # release BUILD_OUTPUT_DIR RELEASE_OUTPUT_DIR: chaincode/server/connection.json makes the
                    # peer connect to a running chaincode server rather than call a run script.
                    set -e
                    mkdir -p "$2/chaincode/server"
                    cp "$1/connection.json" "$2/chaincode/server/connection.json"
                    if [ -d "$1/META-INF/statedb" ]; then cp -R "$1/META-INF/statedb" "$2/statedb"; fi
                    """);

    private CcaasBuilder() {}

    /** Writes {@code <dir>/bin/{detect,build,release}} (executable) and returns {@code dir}. */
    public static Path write(final Path dir) throws IOException {
        final Path bin = Files.createDirectories(dir.resolve("bin"));
        for (final Map.Entry<String, String> script : SCRIPTS.entrySet()) {
            final Path file = bin.resolve(script.getKey());
            Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir;
    }
}
