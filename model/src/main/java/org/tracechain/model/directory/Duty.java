// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;

/**
 * A duty (职责) of a department: the legal task that justifies the catalog entries serving it.
 *
 * @param dutyId duty id, unique on the channel
 * @param departmentCode the department the duty belongs to
 * @param title short title of the duty
 * @param legalBasis the law or regulation that assigns the duty
 * @param description optional longer text
 * @param version 1 on registration, +1 on each update
 * @param registeredAt transaction timestamp of the registration
 * @param updatedAt transaction timestamp of the last change
 * @param txId transaction of the last change
 */
public record Duty(String dutyId, String departmentCode, String title, String legalBasis, String description,
        int version, Instant registeredAt, Instant updatedAt, String txId) {}
