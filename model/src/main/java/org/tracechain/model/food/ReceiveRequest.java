// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Receive}: the named receiving organisation takes custody. Optional private terms (e.g. a
 * receiving advice) go in the transient map under {@code "terms"}.
 *
 * @param lotId lot in transit
 * @param site receiving location, optional
 * @param eventTime when it arrived, optional
 * @param documentHashes recorded documents, optional
 * @param note free text, optional
 */
public record ReceiveRequest(String lotId, String site, Instant eventTime, List<String> documentHashes, String note) {}
