// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code RegisterDuty}: a catalog administrator records a duty of their department.
 *
 * @param dutyId new duty id (identifier alphabet, at most 128 characters)
 * @param departmentCode owning department
 * @param title at most 256 characters
 * @param legalBasis at most 1000 characters
 * @param description optional, at most 4000 characters
 */
public record RegisterDutyRequest(String dutyId, String departmentCode, String title, String legalBasis,
        String description) {}
