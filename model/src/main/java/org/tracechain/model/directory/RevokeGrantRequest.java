// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code RevokeGrant}.
 *
 * @param grantId the grant
 * @param reason required, at most 1000 characters
 */
public record RevokeGrantRequest(String grantId, String reason) {}
