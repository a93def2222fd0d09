// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Transform}: a processor consumes amounts of input lots it holds and creates new lots.
 *
 * @param kind PROCESS (default), MERGE (n inputs → 1 output), SPLIT (1 input → n outputs) or INITIAL_PACK
 *     (harvested lots packed for the first time: FSMA initial packing)
 * @param inputs input lots and amounts consumed (1-100)
 * @param outputs new lots (1-100)
 * @param site where (a registered site), optional (default: the organisation's primary site)
 * @param eventTime when, optional
 * @param documentHashes recorded documents, optional
 * @param note free text, optional
 * @param references business documents by number (e.g. a production order), optional
 */
public record TransformRequest(TransformKind kind, List<LotQuantity> inputs, List<TransformOutput> outputs,
        String site, Instant eventTime, List<String> documentHashes, String note, List<ReferenceDocument> references) {

    /** A request without references. */
    public TransformRequest(final TransformKind kind, final List<LotQuantity> inputs,
            final List<TransformOutput> outputs, final String site, final Instant eventTime,
            final List<String> documentHashes, final String note) {
        this(kind, inputs, outputs, site, eventTime, documentHashes, note, null);
    }
}
