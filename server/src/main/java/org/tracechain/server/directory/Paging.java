// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import org.tracechain.server.http.QueryParameters;

/** The directory's paging parameters, passed to the chaincode's queries as they take them (null when absent). */
final class Paging {

    /** The chaincode's largest page. */
    static final int MAX_PAGE_SIZE = 200;

    private Paging() {}

    /** @param query the request's parameters @return {@code pageSize} 1-200, or null for the chaincode's default */
    static Integer size(final QueryParameters query) {
        return query.pageSize("pageSize", MAX_PAGE_SIZE).orElse(null);
    }

    /**
     * @param query the request's parameters
     * @return {@code bookmark} exactly as the previous page returned it (a Fabric key, which may hold U+0000; the
     *     chaincode checks it), or null
     */
    static String bookmark(final QueryParameters query) {
        return query.opaque("bookmark").orElse(null);
    }
}
