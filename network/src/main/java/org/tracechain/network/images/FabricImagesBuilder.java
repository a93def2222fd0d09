// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracechain.network.install.FabricInstallation;

/** The validating builder of {@link FabricImages}. */
final class FabricImagesBuilder implements FabricImages.Builder {

    private FabricInstallation installation;
    private Path cacheRoot;
    private ImageNames names = ImageNames.defaults();
    private Map<String, String> environment = System.getenv();
    private boolean rebuild;
    private String debianMirror = FabricImages.DEFAULT_DEBIAN_MIRROR;

    @Override
    public FabricImages.Builder installation(final FabricInstallation installation) {
        this.installation = Objects.requireNonNull(installation, "installation");
        return this;
    }

    @Override
    public FabricImages.Builder cacheRoot(final Path cacheRoot) {
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot").toAbsolutePath().normalize();
        return this;
    }

    @Override
    public FabricImages.Builder names(final ImageNames names) {
        this.names = Objects.requireNonNull(names, "names");
        return this;
    }

    @Override
    public FabricImages.Builder environment(final Map<String, String> environment) {
        this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        return this;
    }

    @Override
    public FabricImages.Builder rebuild(final boolean rebuild) {
        this.rebuild = rebuild;
        return this;
    }

    @Override
    public FabricImages.Builder debianMirror(final String mirror) {
        Objects.requireNonNull(mirror, "mirror");
        final URI uri = URI.create(mirror);
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) && !"file".equals(uri.getScheme())) {
            throw new IllegalArgumentException("the Debian mirror must be an http, https or file URL: " + mirror);
        }
        this.debianMirror = mirror;
        return this;
    }

    @Override
    public FabricImages build() {
        if (installation == null) {
            throw new IllegalStateException("installation is required: the Fabric binaries the images are made of");
        }
        if (cacheRoot == null) {
            throw new IllegalStateException("cacheRoot is required: where build directories and packages are kept");
        }
        final Path dockerDir = cacheRoot.resolve("docker");
        // The base first: the peer and the chaincode image are built on it.
        final List<ImageRecipe> recipes = List.of(
                new DebianBaseImage(names.debian(), "bookworm", debianMirror,
                        FabricImages.DEFAULT_DEBIAN_SECURITY_MIRROR, dockerDir.resolve("debs")),
                new FabricNodeImage(names.peer(), installation.peer(), installation.configDir().resolve("core.yaml"),
                        List.of(7051, 7052, 9443), List.of("peer", "node", "start"), names.debian()),
                new FabricNodeImage(names.orderer(), installation.orderer(),
                        installation.configDir().resolve("orderer.yaml"), List.of(7050, 7053, 8443), List.of("orderer")),
                new ChaincodeJreImage(names.chaincode(), names.debian()),
                new PostgresImage(names.postgres(), names.debian()));
        return new FabricImagesImpl(names, recipes, DockerCli.forEnvironment(environment, cacheRoot),
                dockerDir.resolve("build"), rebuild);
    }
}
