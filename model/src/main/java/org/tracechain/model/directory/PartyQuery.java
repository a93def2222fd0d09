// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code RequestsByDepartment} and {@code GrantsByDepartment}.
 *
 * @param departmentCode the department
 * @param side whether the department owns the entries or asked for them
 * @param pageSize 1-200, default 50
 * @param bookmark from the previous page, or empty for the first
 */
public record PartyQuery(String departmentCode, PartySide side, Integer pageSize, String bookmark) {}
