// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * Input of {@code AccessLogsByGrant} (grantId) and {@code AccessLogsByDepartment} (departmentCode, either side).
 * With {@code from}/{@code until} (both or neither; at most 366 days apart) only logs in [from, until) are listed.
 *
 * @param grantId the grant (AccessLogsByGrant)
 * @param departmentCode the department (AccessLogsByDepartment)
 * @param from period start, inclusive
 * @param until period end, exclusive
 * @param pageSize 1-200, default 50
 * @param bookmark from the previous page, or empty for the first
 */
public record AccessLogQuery(String grantId, String departmentCode, Instant from, Instant until, Integer pageSize,
        String bookmark) {}
