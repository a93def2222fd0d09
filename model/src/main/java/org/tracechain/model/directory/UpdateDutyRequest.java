// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code UpdateDuty}: new title, legal basis and description of an existing duty.
 *
 * @param dutyId the duty to change
 * @param title at most 256 characters
 * @param legalBasis at most 1000 characters
 * @param description optional, at most 4000 characters
 */
public record UpdateDutyRequest(String dutyId, String title, String legalBasis, String description) {}
