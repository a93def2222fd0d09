// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * One recorded use of granted data (数据访问全程留痕).
 *
 * @param logId log id (the recording transaction id)
 * @param grantId grant used
 * @param requestId request behind the grant
 * @param entryCode entry the data belongs to
 * @param ownerDepartmentCode department owning the data
 * @param requesterDepartmentCode department that used it
 * @param items items used
 * @param purpose stated purpose of this use
 * @param accessedAt transaction timestamp
 * @param loggedBy identity that recorded it
 * @param txId recording transaction
 */
public record AccessLog(String logId, String grantId, String requestId, String entryCode, String ownerDepartmentCode,
        String requesterDepartmentCode, List<String> items, String purpose, Instant accessedAt, String loggedBy,
        String txId) {}
