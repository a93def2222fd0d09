// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code WithdrawRequest}.
 *
 * @param requestId the pending request
 * @param reason optional, at most 1000 characters
 */
public record WithdrawSharingRequest(String requestId, String reason) {}
