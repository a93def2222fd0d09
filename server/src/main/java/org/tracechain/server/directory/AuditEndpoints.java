// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerException;
import org.tracechain.model.directory.AccessLog;
import org.tracechain.model.directory.AccessLogQuery;
import org.tracechain.model.directory.LogAccessRequest;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.RevokeGrantRequest;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/** Grants (made by approvals) and the access audit log (数据访问全程留痕) of their use. */
final class AuditEndpoints {

    private final LedgerAccess access;

    AuditEndpoints(final LedgerAccess access) {
        this.access = access;
    }

    void register(final JavalinDefaultRoutingApi routes) {
        routes.get("/grants", this::grants);
        routes.get("/grants/{grantId}", this::grant);
        routes.post("/grants/{grantId}/revocation", this::revoke);
        routes.post("/access-logs", this::logAccess);
        routes.get("/access-logs", this::accessLogs);
        routes.get("/access-logs/{logId}", this::accessLog);
    }

    /** {@code department} and {@code side=owner|requester}, both required. */
    private void grants(final Context ctx) throws LedgerException {
        final QueryParameters query = QueryParameters.of(ctx, "department", "side", "pageSize", "bookmark");
        final String department = SharingEndpoints.requiredDepartment(query);
        if (!query.has("side")) {
            throw DirectoryProblems.invalid("query parameter 'side' is required (owner or requester)");
        }
        ctx.json(access.directory(ctx).grantsByDepartment(new PartyQuery(department, SharingEndpoints.side(query),
                Paging.size(query), Paging.bookmark(query))));
    }

    private void grant(final Context ctx) throws LedgerException {
        final String grantId = PathIds.id(ctx, "grantId");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getGrant(grantId));
    }

    private void revoke(final Context ctx) throws LedgerException {
        final String grantId = PathIds.id(ctx, "grantId");
        QueryParameters.of(ctx);
        final RevokeGrantRequest request = RequestBodies.json(ctx, RevokeGrantRequest.class);
        PathIds.same("grantId", grantId, request.grantId());
        WriteResult.answer(ctx, 200, null, access.directory(ctx).revokeGrant(request));
    }

    private void logAccess(final Context ctx) throws LedgerException {
        QueryParameters.of(ctx);
        final LogAccessRequest request = RequestBodies.json(ctx, LogAccessRequest.class);
        final Committed<AccessLog> committed = access.directory(ctx).logAccess(request);
        WriteResult.answer(ctx, 201, Locations.of("access-logs", committed.value().logId()), committed);
    }

    /** {@code grant} or {@code department} (either side), with an optional period {@code from}-{@code until}. */
    private void accessLogs(final Context ctx) throws LedgerException {
        final QueryParameters query = QueryParameters.of(ctx, "grant", "department", "from", "until", "pageSize",
                "bookmark");
        final String subject = query.exactlyOneOf("grant", "department");
        final Instant from = query.instant("from").orElse(null);
        final Instant until = query.instant("until").orElse(null);
        if ((from == null) != (until == null)) {
            throw DirectoryProblems.invalid("give both from and until, or neither");
        }
        final String id = query.identifier(subject).orElse(null);
        if (subject.equals("grant")) {
            ctx.json(access.directory(ctx).accessLogsByGrant(
                    new AccessLogQuery(id, null, from, until, Paging.size(query), Paging.bookmark(query))));
        } else {
            ctx.json(access.directory(ctx).accessLogsByDepartment(
                    new AccessLogQuery(null, id, from, until, Paging.size(query), Paging.bookmark(query))));
        }
    }

    private void accessLog(final Context ctx) throws LedgerException {
        final String logId = PathIds.id(ctx, "logId");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getAccessLog(logId));
    }
}
