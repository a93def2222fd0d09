// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;
import org.tracechain.network.io.Sha256;

/**
 * Small stand-ins for what the installer consumes: a Fabric-shaped source archive whose four tools are tiny Go
 * programs, a release tarball of shell scripts, a fake {@code go} executable, and pins with their digests.
 */
final class FakeFabric {

    static final String VERSION = FabricPin.V3_1_5.version();

    private FakeFabric() {}

    /** A source archive laid out like {@code git archive --prefix=fabric-3.1.5/}, with vendor/ and sampleconfig/. */
    static Path sourceArchive(final Path dir, final String goDirective) throws IOException {
        final Map<String, String> files = new LinkedHashMap<>();
        final String prefix = "fabric-" + VERSION + "/";
        files.put(prefix + "go.mod", "module github.com/hyperledger/fabric\n\ngo " + goDirective + "\n");
        files.put(prefix + "vendor/modules.txt", "");
        files.put(prefix + "common/metadata/metadata.go", "package metadata\n\nvar Version string\nvar CommitSHA string\n");
        for (final String tool : FabricPin.TOOLS) {
            files.put(prefix + "cmd/" + tool + "/main.go", "package main\n\nimport (\n\t\"fmt\"\n\n"
                    + "\t\"github.com/hyperledger/fabric/common/metadata\"\n)\n\n"
                    + "func main() { fmt.Println(\"" + tool + " \" + metadata.Version + \" \" + metadata.CommitSHA) }\n");
        }
        files.put(prefix + "sampleconfig/core.yaml", "peer:\n  id: fake\n");
        files.put(prefix + "sampleconfig/orderer.yaml", "General:\n  ListenPort: 7050\n");
        final Path archive = dir.resolve("fabric-" + VERSION + "-src.tar.xz");
        writeTar(archive, files, Map.of());
        return archive;
    }

    /** A release tarball: {@code bin/<tool>} shell scripts, {@code config/*.yaml}, and extras the installer skips. */
    static Path releaseTarball(final Path dir, final String platform) throws IOException {
        final Map<String, String> files = new LinkedHashMap<>();
        for (final String tool : FabricPin.TOOLS) {
            files.put("bin/" + tool, "#!/bin/sh\necho release " + tool + "\n");
        }
        files.put("bin/cryptogen", "#!/bin/sh\n");
        files.put("config/core.yaml", "peer:\n  id: release\n");
        files.put("config/orderer.yaml", "General: {}\n");
        files.put("config/configtx.yaml", "Organizations: []\n");
        files.put("builders/ccaas/bin/detect", "#!/bin/sh\n");
        final Path tarball = dir.resolve("hyperledger-fabric-" + platform + "-" + VERSION + ".tar.gz");
        writeTar(tarball, files, Map.of());
        return tarball;
    }

    /** Writes a tar.xz or tar.gz (by name) of text files; names in {@code links} become symbolic links instead. */
    static void writeTar(final Path archive, final Map<String, String> files, final Map<String, String> links)
            throws IOException {
        Files.createDirectories(archive.getParent());
        try (OutputStream file = Files.newOutputStream(archive);
                OutputStream compressed = archive.toString().endsWith(".xz") ? new XZCompressorOutputStream(file)
                        : new GzipCompressorOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (final Map.Entry<String, String> f : files.entrySet()) {
                final byte[] bytes = f.getValue().getBytes(StandardCharsets.UTF_8);
                final TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(bytes.length);
                entry.setMode(f.getValue().startsWith("#!") ? 0755 : 0644);
                tar.putArchiveEntry(entry);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
            for (final Map.Entry<String, String> l : links.entrySet()) {
                final TarArchiveEntry entry = new TarArchiveEntry(l.getKey(), TarArchiveEntry.LF_SYMLINK);
                entry.setLinkName(l.getValue());
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
        }
    }

    /**
     * A fake {@code go}: {@code env GOVERSION} prints {@code version}; {@code build -o OUT} appends a line to
     * {@code log}, writes a partial OUT, sleeps {@code buildSeconds}, then writes a runnable OUT. Its settings are
     * baked into the script because the installer runs Go in a clean environment.
     */
    static Path fakeGo(final Path dir, final String version, final Path log, final double buildSeconds)
            throws IOException {
        Files.createDirectories(dir);
        final Path go = dir.resolve("go");
        Files.writeString(go, "#!/bin/sh\n"
                + "case \"$1\" in\n"
                + "  env) echo " + version + " ;;\n"
                + "  build)\n"
                + "    out=''; while [ $# -gt 0 ]; do [ \"$1\" = -o ] && out=\"$2\"; shift; done\n"
                + "    echo \"build $out\" >> '" + log + "'\n"
                + "    printf partial > \"$out\"\n"
                + "    sleep " + buildSeconds + "\n"
                + "    printf '#!/bin/sh\\necho fake\\n' > \"$out\"; chmod +x \"$out\" ;;\n"
                + "  *) echo \"fake go: $*\" >&2; exit 2 ;;\n"
                + "esac\n");
        Files.setPosixFilePermissions(go, PosixFilePermissions.fromString("rwxr-xr-x"));
        return go;
    }

    /** The pin of 3.1.5 with the digests of these fakes in place of the real ones. */
    static FabricPin pin(final Path sourceArchive, final String platform, final Path releaseTarball) throws IOException {
        final FabricPin real = FabricPin.V3_1_5;
        return new FabricPin(real.version(), real.commit(), real.sourceArchiveName(),
                sourceArchive == null ? real.sourceArchiveSha256() : Sha256.of(sourceArchive),
                releaseTarball == null ? real.releaseSha256() : Map.of(platform, Sha256.of(releaseTarball)));
    }
}
