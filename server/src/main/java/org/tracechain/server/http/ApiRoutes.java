// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.router.JavalinDefaultRoutingApi;

/**
 * One area of the HTTP API (EPCIS, lots and recalls, the directory, ...). Each area registers its own endpoints;
 * authentication, problem bodies, limits, metrics and the access log are applied around them by the server, so a
 * handler only reads its input, calls the SDK through {@link LedgerAccess} and writes its answer.
 *
 * <p>Every endpoint an area registers must also be described in its OpenAPI fragment (see {@link #openApiResource()});
 * a test checks both lists are the same.
 */
public interface ApiRoutes {

    /**
     * Registers this area's endpoints.
     *
     * @param routes Javalin's routing API
     */
    void register(JavalinDefaultRoutingApi routes);

    /**
     * The classpath resource holding this area's OpenAPI 3.1 fragment: a JSON object with {@code paths} (and
     * optionally {@code components.schemas}), merged into {@code /openapi.json}.
     *
     * @return resource name, e.g. {@code org/tracechain/server/openapi/epcis.json}
     */
    String openApiResource();
}
