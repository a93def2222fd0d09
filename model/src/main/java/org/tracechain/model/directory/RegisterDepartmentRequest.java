// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;

/**
 * Input of {@code RegisterDepartment}: a catalog administrator registers their own department.
 *
 * @param code department code
 * @param name department name
 * @param parentCode parent department code, or null for a top-level department
 */
public record RegisterDepartmentRequest(String code, String name, String parentCode) {}
