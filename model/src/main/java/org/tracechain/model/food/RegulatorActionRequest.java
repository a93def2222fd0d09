// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code Hold} and {@code Release}.
 *
 * @param lotId the lot
 * @param reason why
 */
public record RegulatorActionRequest(String lotId, String reason) {}
