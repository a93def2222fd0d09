// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerException;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DepartmentQuery;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.RegisterDepartmentRequest;
import org.tracechain.model.directory.RegisterDutyRequest;
import org.tracechain.model.directory.UpdateDutyRequest;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/** Departments and their duties (职责). */
final class DepartmentEndpoints {

    private final LedgerAccess access;

    DepartmentEndpoints(final LedgerAccess access) {
        this.access = access;
    }

    void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/departments", this::registerDepartment);
        routes.get("/departments/{code}", this::department);
        routes.get("/departments/{code}/duties", this::duties);
        routes.post("/departments/{code}/duties", this::registerDuty);
        routes.get("/duties/{dutyId}", this::duty);
        routes.put("/duties/{dutyId}", this::updateDuty);
    }

    private void registerDepartment(final Context ctx) throws LedgerException {
        QueryParameters.of(ctx);
        final RegisterDepartmentRequest request = RequestBodies.json(ctx, RegisterDepartmentRequest.class);
        final Committed<Department> committed = access.directory(ctx).registerDepartment(request);
        WriteResult.answer(ctx, 201, Locations.of("departments", committed.value().code()), committed);
    }

    private void department(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getDepartment(code));
    }

    private void duties(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        final QueryParameters query = QueryParameters.of(ctx, "pageSize", "bookmark");
        ctx.json(access.directory(ctx).dutiesByDepartment(
                new DepartmentQuery(code, Paging.size(query), Paging.bookmark(query))));
    }

    private void registerDuty(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        final RegisterDutyRequest request = RequestBodies.json(ctx, RegisterDutyRequest.class);
        PathIds.same("departmentCode", code, request.departmentCode());
        final Committed<Duty> committed = access.directory(ctx).registerDuty(request);
        WriteResult.answer(ctx, 201, Locations.of("duties", committed.value().dutyId()), committed);
    }

    private void duty(final Context ctx) throws LedgerException {
        final String dutyId = PathIds.id(ctx, "dutyId");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getDuty(dutyId));
    }

    private void updateDuty(final Context ctx) throws LedgerException {
        final String dutyId = PathIds.id(ctx, "dutyId");
        QueryParameters.of(ctx);
        final UpdateDutyRequest request = RequestBodies.json(ctx, UpdateDutyRequest.class);
        PathIds.same("dutyId", dutyId, request.dutyId());
        WriteResult.answer(ctx, 200, null, access.directory(ctx).updateDuty(request));
    }
}
