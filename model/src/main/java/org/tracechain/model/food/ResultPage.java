// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * One page of a query result.
 *
 * @param items entries of this page
 * @param bookmark pass it back for the next page; empty on the last page
 */
public record ResultPage<T>(List<T> items, String bookmark) {
    public ResultPage {
        items = List.copyOf(items);
        bookmark = bookmark == null ? "" : bookmark;
    }
}
