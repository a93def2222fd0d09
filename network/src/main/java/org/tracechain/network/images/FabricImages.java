// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.tracechain.network.install.FabricInstallation;

/**
 * The container images of the network, built on this machine from the project's own Fabric binaries, for machines
 * that cannot pull images from a registry:
 * <ul>
 *   <li>{@link ImageNames#peer()} and {@link ImageNames#orderer()} ({@code hyperledger/fabric-peer:3.1.5},
 *       {@code hyperledger/fabric-orderer:3.1.5}): the static binary and its default configuration, the orderer's
 *       {@code FROM scratch}, the peer's on the Debian image (its external chaincode builders are shell scripts);</li>
 *   <li>{@link ImageNames#debian()}: Debian made with {@code debootstrap} and {@code docker import};</li>
 *   <li>{@link ImageNames#chaincode()}: that Debian plus {@code openjdk-17-jre-headless}, for chaincode servers;</li>
 *   <li>{@link ImageNames#postgres()}: that Debian plus {@code postgresql-15}, behaving as the official
 *       {@code postgres} image does for the query store and Testcontainers.</li>
 * </ul>
 * Each image carries the SHA-256 of its inputs in the label {@value #INPUTS_LABEL}; an image whose label matches is
 * left alone, so a second run takes seconds.
 *
 * <pre>{@code
 * List<BuiltImage> images = FabricImages.builder()
 *         .installation(new FabricInstaller().ensureInstalled())
 *         .cacheRoot(Path.of(System.getProperty("user.home"), ".cache", "tracechain"))
 *         .build()
 *         .ensureBuilt();
 * }</pre>
 */
public interface FabricImages {

    /** The label holding the SHA-256 of an image's inputs. */
    String INPUTS_LABEL = "org.tracechain.inputs";

    /** Debian's package repository, the only source the Debian image needs. */
    String DEFAULT_DEBIAN_MIRROR = "http://deb.debian.org/debian";

    /** Debian's security repository, in the base image's apt sources. */
    String DEFAULT_DEBIAN_SECURITY_MIRROR = "http://deb.debian.org/debian-security";

    /**
     * Builds every image that is missing or whose inputs changed, in dependency order, and reports each.
     *
     * @throws DockerEngineException when no engine answers (the message names the fix) or a build fails
     */
    List<BuiltImage> ensureBuilt();

    /**
     * Like {@link #ensureBuilt()}, for the given images and the images they are built on only; the others are not
     * looked at, so a test that needs one image neither waits for nor replaces the rest.
     *
     * @param images names among {@link #names()}
     * @throws IllegalArgumentException when a name is not one of the images this builds
     * @throws DockerEngineException when no engine answers (the message names the fix) or a build fails
     */
    List<BuiltImage> ensureBuilt(Collection<String> images);

    /** The names of the images this builds. */
    ImageNames names();

    /** A builder; {@link Builder#installation} and {@link Builder#cacheRoot} are required. */
    static Builder builder() {
        return new FabricImagesBuilder();
    }

    /** Configures {@link FabricImages}. */
    interface Builder {

        /** The Fabric binaries and default configuration the node images are made from. */
        Builder installation(FabricInstallation installation);

        /** The tracechain cache ({@code ${TRACECHAIN_CACHE:-~/.cache/tracechain}}): build directories, packages. */
        Builder cacheRoot(Path cacheRoot);

        /** Image names (default {@link ImageNames#defaults()}). */
        Builder names(ImageNames names);

        /** The environment the docker CLI sees ({@code DOCKER_HOST}, {@code DOCKER_CONFIG}); default ours. */
        Builder environment(Map<String, String> environment);

        /** Rebuild every image even when its inputs are unchanged. */
        Builder rebuild(boolean rebuild);

        /** The Debian mirror for {@code debootstrap} (default {@value FabricImages#DEFAULT_DEBIAN_MIRROR}). */
        Builder debianMirror(String mirror);

        /** Validates the settings. */
        FabricImages build();
    }
}
