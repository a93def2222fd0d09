// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.images;

import java.time.Duration;

/**
 * One image after {@link FabricImages#ensureBuilt()}.
 *
 * @param name the image name, e.g. {@code hyperledger/fabric-peer:3.1.5}
 * @param inputs the SHA-256 of everything the image is made from, kept in its {@value FabricImages#INPUTS_LABEL} label
 * @param rebuilt whether it was built now ({@code false}: an image with the same inputs was already there)
 * @param sizeBytes the image's size as Docker reports it
 * @param took how long checking or building it took
 */
public record BuiltImage(String name, String inputs, boolean rebuilt, long sizeBytes, Duration took) {}
