// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.identity;

import java.util.List;

/**
 * Who the chaincode sees as the caller of a transaction: the answer to {@code WhoAmI}.
 *
 * @param mspId the caller's organisation (MSP id)
 * @param subject the certificate subject distinguished name
 * @param roles the role attribute values found in the certificate, sorted
 */
public record CallerInfo(String mspId, String subject, List<String> roles) {
    public CallerInfo {
        roles = List.copyOf(roles);
    }
}
