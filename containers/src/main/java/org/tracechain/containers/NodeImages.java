// SPDX-License-Identifier: Apache-2.0
package org.tracechain.containers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tracechain.network.images.ImageNames;
import org.tracechain.network.node.ChaincodeServer;
import org.tracechain.network.node.Node;
import org.tracechain.network.node.OrdererNode;
import org.tracechain.network.node.PeerNode;

/**
 * Turns a node's native launch (a host binary, its environment) into a container's: the image of its kind, the
 * image's own executable, and the image's own default configuration. Paths into the home stay as they are (the
 * home is mounted at its own path).
 */
final class NodeImages {

    /** Where the Fabric images keep their default {@code core.yaml} / {@code orderer.yaml}, as the official ones. */
    static final String FABRIC_CONFIG_DIR = "/etc/hyperledger/fabric";

    private final ImageNames names;

    NodeImages(final ImageNames names) {
        this.names = names;
    }

    ImageNames names() {
        return names;
    }

    /**
     * A container's launch.
     *
     * @param readOnlyMounts host directories the node reads besides the home, mounted at their own paths
     */
    record Launch(String image, List<String> command, Map<String, String> environment, List<Path> readOnlyMounts) {}

    Launch launch(final Node node) {
        final Map<String, String> env = new LinkedHashMap<>(node.environment());
        final List<String> command = new ArrayList<>(node.command());
        if (node instanceof OrdererNode) {
            env.put("FABRIC_CFG_PATH", FABRIC_CONFIG_DIR);
            command.set(0, "orderer");
            return new Launch(names.orderer(), command, env, List.of());
        }
        if (node instanceof PeerNode) {
            env.put("FABRIC_CFG_PATH", FABRIC_CONFIG_DIR);
            command.set(0, "peer");
            return new Launch(names.peer(), command, env, List.of());
        }
        if (node instanceof ChaincodeServer server) {
            command.set(0, "java");
            return new Launch(names.chaincode(), command, env, List.of(server.jar().getParent()));
        }
        throw new IllegalArgumentException("no container image for " + node.name() + " ("
                + node.getClass().getSimpleName() + ")");
    }
}
