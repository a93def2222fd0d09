// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import java.util.Objects;
import org.tracechain.server.http.QueryParameters;

/** Ids in request paths: checked before use, and compared with the ids a request body repeats. */
final class PathIds {

    private PathIds() {}

    /**
     * The path parameter, checked against the chaincode's identifier alphabet (so an id the URL decoding might have
     * altered, e.g. invalid UTF-8 turned into U+FFFD, is refused rather than looked up).
     */
    static String id(final Context ctx, final String name) {
        return QueryParameters.checkIdentifier(name, ctx.pathParam(name));
    }

    /** The body must name the same resource as the path: a different or missing id is refused, never replaced. */
    static void same(final String field, final String inPath, final String inBody) {
        if (!Objects.equals(inPath, inBody)) {
            throw DirectoryProblems.mismatch(field);
        }
    }
}
