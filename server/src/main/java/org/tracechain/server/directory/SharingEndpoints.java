// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.ApproveSharingRequest;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.PartyQuery;
import org.tracechain.model.directory.PartySide;
import org.tracechain.model.directory.RefuseSharingRequest;
import org.tracechain.model.directory.SharingRequest;
import org.tracechain.model.directory.SubmitSharingRequest;
import org.tracechain.model.directory.WithdrawSharingRequest;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/**
 * Sharing requests (共享申请) and their decisions: approval (which makes a grant), refusal, withdrawal. Who may
 * decide is the chaincode's rule (the owning department's catalog administrator), not this layer's.
 */
final class SharingEndpoints {

    private final LedgerAccess access;

    SharingEndpoints(final LedgerAccess access) {
        this.access = access;
    }

    void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/sharing-requests", this::submit);
        routes.get("/sharing-requests", this::list);
        routes.get("/sharing-requests/{requestId}", this::get);
        routes.post("/sharing-requests/{requestId}/approval", this::approve);
        routes.post("/sharing-requests/{requestId}/refusal", this::refuse);
        routes.post("/sharing-requests/{requestId}/withdrawal", this::withdraw);
    }

    private void submit(final Context ctx) throws LedgerException {
        QueryParameters.of(ctx);
        final SubmitSharingRequest request = RequestBodies.json(ctx, SubmitSharingRequest.class);
        final Committed<SharingRequest> committed = access.directory(ctx).submitRequest(request);
        WriteResult.answer(ctx, 201, Locations.of("sharing-requests", committed.value().requestId()), committed);
    }

    /**
     * {@code department} with {@code side} (every request where the department is that side) or with
     * {@code state} ({@code pending}: awaiting the department's decision, earliest due first; {@code overdue}: of
     * those, the ones past their due time).
     */
    private void list(final Context ctx) throws LedgerException {
        final QueryParameters query = QueryParameters.of(ctx, "department", "side", "state", "pageSize", "bookmark");
        final String department = requiredDepartment(query);
        final String selector = query.exactlyOneOf("side", "state");
        final GovDirectory directory = access.directory(ctx);
        if (selector.equals("side")) {
            ctx.json(directory.requestsByDepartment(
                    new PartyQuery(department, side(query), Paging.size(query), Paging.bookmark(query))));
            return;
        }
        final DepartmentQuery byDepartment = new DepartmentQuery(department, Paging.size(query),
                Paging.bookmark(query));
        ctx.json("pending".equals(query.word("state", "pending", "overdue").orElseThrow())
                ? directory.pendingRequests(byDepartment) : directory.overdueRequests(byDepartment));
    }

    private void get(final Context ctx) throws LedgerException {
        final String requestId = PathIds.id(ctx, "requestId");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getRequest(requestId));
    }

    /** The approval makes a grant (its id is the request's): answered 201 with the grant's path. */
    private void approve(final Context ctx) throws LedgerException {
        final String requestId = PathIds.id(ctx, "requestId");
        QueryParameters.of(ctx);
        final ApproveSharingRequest request = RequestBodies.json(ctx, ApproveSharingRequest.class);
        PathIds.same("requestId", requestId, request.requestId());
        final Committed<SharingRequest> committed = access.directory(ctx).approveRequest(request);
        final String grantId = committed.value().grantId();
        WriteResult.answer(ctx, 201, grantId == null ? null : Locations.of("grants", grantId), committed);
    }

    private void refuse(final Context ctx) throws LedgerException {
        final String requestId = PathIds.id(ctx, "requestId");
        QueryParameters.of(ctx);
        final RefuseSharingRequest request = RequestBodies.json(ctx, RefuseSharingRequest.class);
        PathIds.same("requestId", requestId, request.requestId());
        WriteResult.answer(ctx, 200, null, access.directory(ctx).refuseRequest(request));
    }

    private void withdraw(final Context ctx) throws LedgerException {
        final String requestId = PathIds.id(ctx, "requestId");
        QueryParameters.of(ctx);
        final WithdrawSharingRequest request = RequestBodies.json(ctx, WithdrawSharingRequest.class);
        PathIds.same("requestId", requestId, request.requestId());
        WriteResult.answer(ctx, 200, null, access.directory(ctx).withdrawRequest(request));
    }

    static String requiredDepartment(final QueryParameters query) {
        final String department = query.identifier("department").orElse(null);
        if (department == null) {
            throw DirectoryProblems.invalid("query parameter 'department' is required");
        }
        return department;
    }

    /** {@code side=owner|requester}. */
    static PartySide side(final QueryParameters query) {
        return "owner".equals(query.word("side", "owner", "requester").orElse(null)) ? PartySide.OWNER
                : PartySide.REQUESTER;
    }
}
