// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.nio.file.Path;
import java.util.List;

/** How one image is made, and a digest of everything it is made from, so an unchanged image is not rebuilt. */
interface ImageRecipe {

    /** The image name, e.g. {@code hyperledger/fabric-peer:3.1.5}. */
    String name();

    /** The images this one is built on ({@code FROM}), which must be built first. */
    default List<String> bases() {
        return List.of();
    }

    /** SHA-256 (hex) of the recipe and its inputs; images it depends on must already exist. */
    String inputs(DockerCli docker);

    /** Builds the image in {@code workDir} (empty, deleted afterwards), labelled with {@code inputs}. */
    void build(DockerCli docker, Path workDir, String inputs);
}
