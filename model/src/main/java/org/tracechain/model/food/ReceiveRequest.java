// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Receive}: the named receiving organisation takes custody. Optional private terms (e.g. a
 * receiving advice) go in the transient map under {@code "terms"}.
 *
 * @param lotId lot in transit
 * @param site receiving site, optional (default: the receiver's primary site)
 * @param eventTime when it arrived, optional
 * @param documentHashes recorded documents, optional
 * @param note free text, optional
 * @param references business documents by number (e.g. receiving advice), optional
 */
public record ReceiveRequest(String lotId, String site, Instant eventTime, List<String> documentHashes, String note,
        List<ReferenceDocument> references) {

    /** A receipt without references. */
    public ReceiveRequest(final String lotId, final String site, final Instant eventTime,
            final List<String> documentHashes, final String note) {
        this(lotId, site, eventTime, documentHashes, note, null);
    }
}
