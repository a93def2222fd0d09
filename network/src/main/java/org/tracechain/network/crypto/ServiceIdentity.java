// SPDX-License-Identifier: Apache-2.0
package org.tracechain.network.crypto;

import java.util.Objects;

/**
 * A TLS-only identity of an organisation for a service that is neither a Fabric node nor a user, such as a
 * chaincode server or the client a peer uses to dial it. It has no MSP (it never signs transactions), only a TLS
 * key and certificate from the organisation's TLS CA, for {@code <name>.<domain>}, {@code localhost} and loopback.
 *
 * @param name one DNS label, e.g. {@code ccaas-foodtrace}
 */
public record ServiceIdentity(String name) {

    public ServiceIdentity {
        Objects.requireNonNull(name, "name");
        if (!Names.isDnsLabel(name)) {
            throw new IllegalArgumentException("service name must be one DNS label (a-z, 0-9, '-'): '" + name + "'");
        }
    }
}
