// SPDX-License-Identifier: Apache-2.0
package org.tracechain.chaincode.ledger;

import java.util.List;

/**
 * One page of a paged query.
 *
 * @param items the entries on this page
 * @param bookmark where the next page starts; empty when this was the last page
 */
public record Page<T>(List<T> items, String bookmark) {
    public Page {
        items = List.copyOf(items);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
