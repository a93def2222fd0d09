// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import org.tracechain.server.http.ApiProblem;

/**
 * The refusals the directory's HTTP layer makes itself, before anything reaches the Gateway. Codes of the shared
 * vocabulary where one fits ({@code INVALID_FIELD}); HTTP-only codes where none does. Query parameters are read
 * and refused by the API's one {@link org.tracechain.server.http.QueryParameters}.
 */
final class DirectoryProblems {

    /** An id in the path and the same id in the body differ (or the body leaves it out). */
    static final String PATH_BODY_MISMATCH = "PATH_BODY_MISMATCH";
    /** {@code GET /catalog} cannot answer in any media type the request accepts. */
    static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";

    private DirectoryProblems() {}

    static ApiProblem invalid(final String detail) {
        return ApiProblem.badRequest(detail);
    }

    static ApiProblem mismatch(final String field) {
        return new ApiProblem(400, PATH_BODY_MISMATCH,
                "the body's " + field + " must be present and equal to the " + field + " in the path");
    }

    static ApiProblem notAcceptable() {
        return new ApiProblem(406, NOT_ACCEPTABLE,
                "the catalog is available as text/turtle or application/ld+json only");
    }
}
