// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.install;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tracechain.network.io.Sha256;

/**
 * The one Fabric version this project runs, and the digests every way of getting it is checked against. The
 * digests live here, in the project, so that a file beside an archive cannot vouch for the archive.
 *
 * @param version release version, e.g. {@code 3.1.5}
 * @param commit the release tag's commit
 * @param sourceArchiveName file name of the source archive with vendored modules ({@code git archive} of the tag)
 * @param sourceArchiveSha256 SHA-256 of that archive
 * @param releaseSha256 SHA-256 of each official release tarball, by platform ({@code linux-amd64}, ...)
 */
public record FabricPin(String version, String commit, String sourceArchiveName, String sourceArchiveSha256,
        Map<String, String> releaseSha256) {

    /** The binaries a network needs. */
    public static final List<String> TOOLS = List.of("peer", "orderer", "configtxgen", "osnadmin");
    /** The default configuration files the nodes start from. */
    public static final List<String> CONFIG_FILES = List.of("core.yaml", "orderer.yaml");

    /**
     * Fabric v3.1.5. The source archive digest is that of {@code fabric-3.1.5-src.tar.xz} ({@code git archive
     * --prefix=fabric-3.1.5/} of the tag, without docs/, images/, release_notes/). The release digests are those
     * of the GitHub release assets {@code hyperledger-fabric-<platform>-3.1.5.tar.gz}; the official release page
     * publishes no checksum file, so they were taken from independent packagers that pin them (an AUR PKGBUILD
     * and Homebrew formulas), which agree with each other.
     */
    public static final FabricPin V3_1_5 = new FabricPin("3.1.5", "86c1172bec37e6590c6b1ae6f847833df48d65fc",
            "fabric-3.1.5-src.tar.xz", "0c2d7f1b00258c71fc2c0ae73635f057975c8cfb97f704d5458e4ea3ae603d45",
            Map.of("linux-amd64", "b9c31fd490991e76f8acb1835dee09fc19fee5428cb13e190ee6e0bdd2c37858",
                    "linux-arm64", "4a42cad740a7e0373eda6bf1e27c86e9b06132f9bb751daf7f0f7dc1d1bbfed9",
                    "darwin-amd64", "866b64b036ba9eff51ba2131bbe34b4b9057192f5766859ede22ea1cdd564158",
                    "darwin-arm64", "d67a5c3366746a984f8ee9ae0ebf5c8b357c9d33dd589fa0b7668d739472cef0"));

    public FabricPin {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(commit, "commit");
        Objects.requireNonNull(sourceArchiveName, "sourceArchiveName");
        releaseSha256 = Map.copyOf(releaseSha256);
        if (!Sha256.isDigest(sourceArchiveSha256) || !releaseSha256.values().stream().allMatch(Sha256::isDigest)) {
            throw new IllegalArgumentException("pinned digests must be 64 lower-case hex digits");
        }
    }

    /** The official release tarball's file name for a platform. */
    public String releaseFileName(final String platform) {
        return "hyperledger-fabric-" + platform + "-" + version + ".tar.gz";
    }

    /** The official download address of the release tarball for a platform. */
    public String releaseUrl(final String platform) {
        return "https://github.com/hyperledger/fabric/releases/download/v" + version + "/" + releaseFileName(platform);
    }

    /** The pinned digest of the release tarball for a platform, if Fabric publishes one for it. */
    public Optional<String> releaseSha256(final String platform) {
        return Optional.ofNullable(releaseSha256.get(platform));
    }

    /** The module version {@code go install} resolves: the tag's commit (Fabric's v2+ tags are not module versions). */
    public String moduleVersion() {
        return commit;
    }
}
