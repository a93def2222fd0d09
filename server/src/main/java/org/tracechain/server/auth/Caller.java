// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.auth;

import java.util.Objects;

/**
 * The authenticated user of a request: one wallet identity of the server's organisation. Every write is signed with
 * this identity, so the chaincode's role checks apply unchanged.
 *
 * @param organization organisation short name (the server's own)
 * @param user wallet user name
 * @param mspId the organisation's MSP id
 * @param role the identity's {@code role} attribute as issued, or empty text when it has none
 */
public record Caller(String organization, String user, String mspId, String role) {
    public Caller {
        Objects.requireNonNull(organization, "organization must not be null");
        Objects.requireNonNull(user, "user must not be null");
        Objects.requireNonNull(mspId, "mspId must not be null");
        Objects.requireNonNull(role, "role must not be null");
    }
}
