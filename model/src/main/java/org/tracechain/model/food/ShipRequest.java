// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;
import java.util.List;

/**
 * Input of {@code Ship}: the holder ships a whole lot to a named organisation. Private commercial terms
 * travel in the transient map under {@code "terms"} ({@link TradeTerms} JSON), never in this argument.
 *
 * @param lotId lot to ship
 * @param toMspId receiving organisation (a registered party)
 * @param site ship-from site, optional (default: the shipper's primary site)
 * @param eventTime when it left, optional (defaults to the transaction time)
 * @param documentHashes recorded documents (e.g. despatch advice, 五证), optional
 * @param note free text, optional
 * @param toSite ship-to site (FSMA immediate subsequent recipient's location), optional (default: the
 *     receiver's primary site)
 * @param references business documents by number (e.g. bill of lading), optional
 */
public record ShipRequest(String lotId, String toMspId, String site, Instant eventTime, List<String> documentHashes,
        String note, String toSite, List<ReferenceDocument> references) {

    /** A shipment to the receiver's primary site, without references. */
    public ShipRequest(final String lotId, final String toMspId, final String site, final Instant eventTime,
            final List<String> documentHashes, final String note) {
        this(lotId, toMspId, site, eventTime, documentHashes, note, null, null);
    }
}
