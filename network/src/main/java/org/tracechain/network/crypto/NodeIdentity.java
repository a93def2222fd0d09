// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.util.Objects;

/**
 * A peer or orderer of an organisation. Its full name is {@code host + "." + domain}, e.g.
 * {@code peer0.farm.tracechain.test}.
 *
 * @param host the first DNS label, e.g. {@code peer0} or {@code orderer1}
 */
public record NodeIdentity(String host) {

    public NodeIdentity {
        Objects.requireNonNull(host, "host");
        if (!Names.isDnsLabel(host)) {
            throw new IllegalArgumentException("node host must be one DNS label (a-z, 0-9, '-'): '" + host + "'");
        }
    }
}
