// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code AcknowledgeRecall}.
 *
 * @param recallId the recall
 * @param note actions taken, optional
 */
public record AcknowledgeRecallRequest(String recallId, String note) {}
