// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.util.List;

/**
 * Input of {@code Configure}.
 *
 * @param regulatorMspIds organisations whose members read everything and whose admins change the
 *     configuration: 1-16 MSP ids
 * @param auditorMspIds optional further organisations whose {@code auditor} role holders read everything, 0-16
 */
public record ConfigureRequest(List<String> regulatorMspIds, List<String> auditorMspIds) {}
