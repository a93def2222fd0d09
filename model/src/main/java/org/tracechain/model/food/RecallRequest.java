// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code Recall}: a regulator recalls a lot and everything made from it.
 *
 * @param recallId new recall id
 * @param lotId the root lot
 * @param reason why (e.g. failed pesticide residue test)
 * @param documentHashes supporting documents, optional
 */
public record RecallRequest(String recallId, String lotId, String reason, List<String> documentHashes) {}
