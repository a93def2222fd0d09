// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Transform}: a processor consumes amounts of input lots it holds and creates new lots.
 *
 * @param kind PROCESS (default), MERGE (n inputs → 1 output) or SPLIT (1 input → n outputs)
 * @param inputs input lots and amounts consumed (1-100)
 * @param outputs new lots (1-100)
 * @param site where, optional
 * @param eventTime when, optional
 * @param documentHashes recorded documents, optional
 * @param note free text, optional
 */
public record TransformRequest(TransformKind kind, List<LotQuantity> inputs, List<TransformOutput> outputs,
        String site, Instant eventTime, List<String> documentHashes, String note) {}
