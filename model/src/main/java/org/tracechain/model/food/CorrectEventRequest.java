// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code CorrectEvent}: an error declaration (EPCIS errorDeclaration). The original event stays;
 * the CORRECTION event references it.
 *
 * @param eventId the event being corrected
 * @param reason why it is wrong (and what the correct facts are)
 * @param documentHashes supporting documents, optional
 */
public record CorrectEventRequest(String eventId, String reason, List<String> documentHashes) {}
