// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code RefuseRequest}.
 *
 * @param requestId the pending request
 * @param reason required, at most 1000 characters
 */
public record RefuseSharingRequest(String requestId, String reason) {}
