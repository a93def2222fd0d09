// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request on the {@code org.tracechain.server.access} logger: method, path (never the query string,
 * which may carry what a user typed), status, duration and the authenticated user; never a header, so never the
 * token. The same numbers feed the request timer of {@code /metrics}, tagged with the route template, not the
 * path, so ids in paths do not multiply the series.
 */
final class AccessLog {

    private static final Logger ACCESS = LoggerFactory.getLogger("org.tracechain.server.access");
    /** Request attribute: the matched route's template, set when the route's handler is entered. */
    static final String ROUTE = "tracechain.route";
    /** The route tag of requests no route matched. */
    static final String UNMATCHED = "UNMATCHED";

    private final MeterRegistry metrics;

    AccessLog(final MeterRegistry metrics) {
        this.metrics = metrics;
    }

    void log(final Context ctx, final Float milliseconds) {
        final String user = ctx.attribute(ServerLedgerAccess.USER);
        final int status = ctx.statusCode();
        ACCESS.info("{} {} {} {} ms user={}", ctx.method(), ctx.path(), status,
                String.format(java.util.Locale.ROOT, "%.1f", milliseconds), user == null ? "-" : user);
        Timer.builder("http.server.requests")
                .description("HTTP requests by route template, method and status")
                .tag("method", ctx.method().name())
                .tag("route", route(ctx))
                .tag("status", Integer.toString(status))
                .register(metrics)
                .record((long) (milliseconds * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    /** The matched route's template, or {@value #UNMATCHED}. */
    static String route(final Context ctx) {
        final String route = ctx.attribute(ROUTE);
        return route == null ? UNMATCHED : route;
    }
}
