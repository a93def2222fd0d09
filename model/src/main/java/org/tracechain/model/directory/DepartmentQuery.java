// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of per-department lists ({@code DutiesByDepartment}, {@code PendingRequests}, {@code OverdueRequests}).
 *
 * @param departmentCode the department
 * @param pageSize 1-200, default 50
 * @param bookmark from the previous page, or empty for the first
 */
public record DepartmentQuery(String departmentCode, Integer pageSize, String bookmark) {}
