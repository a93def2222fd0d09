// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import java.util.regex.Pattern;
import org.tracechain.client.Committed;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.CreateEntryRequest;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublishEntryRequest;
import org.tracechain.model.directory.RetireEntryRequest;
import org.tracechain.model.directory.ReviseEntryRequest;
import org.tracechain.model.directory.SharingType;
import org.tracechain.model.directory.UpdateCycle;
import org.tracechain.server.http.ApiProblem;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.RequestBodies;
import org.tracechain.server.http.WriteResult;

/**
 * Catalog entries (信息资源) and their versions: every change, publication and retirement included, writes a new
 * immutable version, answered with {@code 201} and the version's path.
 */
final class EntryEndpoints {

    /** The catalog searches: one filter per query, each a chaincode index. */
    private static final String[] FILTERS = {"department", "theme", "sharingType", "updateCycle", "item", "duty"};
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,8}");

    private final LedgerAccess access;

    EntryEndpoints(final LedgerAccess access) {
        this.access = access;
    }

    void register(final JavalinDefaultRoutingApi routes) {
        routes.post("/entries", this::create);
        routes.get("/entries", this::search);
        routes.get("/entries/{code}", this::latest);
        routes.get("/entries/{code}/versions", this::history);
        routes.get("/entries/{code}/versions/{version}", this::version);
        routes.get("/entries/{code}/items", this::items);
        routes.post("/entries/{code}/revisions", this::revise);
        routes.post("/entries/{code}/publication", this::publish);
        routes.post("/entries/{code}/retirement", this::retire);
    }

    private void create(final Context ctx) throws LedgerException {
        QueryParameters.of(ctx);
        final CreateEntryRequest request = RequestBodies.json(ctx, CreateEntryRequest.class);
        answerVersion(ctx, access.directory(ctx).createEntry(request), true);
    }

    private void search(final Context ctx) throws LedgerException {
        final QueryParameters query = QueryParameters.of(ctx, "department", "theme", "sharingType", "updateCycle",
                "item", "duty", "pageSize", "bookmark");
        final String filter = query.exactlyOneOf(FILTERS);
        final GovDirectory directory = access.directory(ctx);
        final DirectoryPage<EntryVersion> page = switch (filter) {
            case "department" -> directory.entriesByDepartment(
                    entryQuery(query, query.identifier(filter).orElseThrow()));
            case "theme" -> directory.entriesByTheme(entryQuery(query, query.identifier(filter).orElseThrow()));
            case "sharingType" -> directory.entriesBySharingType(
                    entryQuery(query, query.constant(filter, SharingType.class).orElseThrow().name()));
            case "updateCycle" -> directory.entriesByUpdateCycle(
                    entryQuery(query, query.constant(filter, UpdateCycle.class).orElseThrow().name()));
            case "item" -> directory.entriesByItemName(entryQuery(query, query.text(filter).orElseThrow()));
            case "duty" -> directory.entriesByDuty(entryQuery(query, query.identifier(filter).orElseThrow()));
            default -> throw new IllegalStateException("unhandled filter " + filter);
        };
        ctx.json(page);
    }

    private static EntryQuery entryQuery(final QueryParameters query, final String value) {
        return new EntryQuery(value, Paging.size(query), Paging.bookmark(query));
    }

    private void latest(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getEntry(code));
    }

    private void history(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).entryHistory(code));
    }

    private void version(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        final String version = ctx.pathParam("version");
        if (!VERSION.matcher(version).matches()) {
            throw DirectoryProblems.invalid("version must be a whole number from 1");
        }
        QueryParameters.of(ctx);
        final int wanted = Integer.parseInt(version);
        final List<EntryVersion> history = access.directory(ctx).entryHistory(code);
        ctx.json(history.stream().filter(v -> v.version() == wanted).findFirst()
                .orElseThrow(() -> ApiProblem.notFound("entry " + code + " has no version " + wanted)));
    }

    private void items(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        ctx.json(access.directory(ctx).getEntry(code).metadata().items());
    }

    private void revise(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        final ReviseEntryRequest request = RequestBodies.json(ctx, ReviseEntryRequest.class);
        PathIds.same("code", code, request.code());
        answerVersion(ctx, access.directory(ctx).reviseEntry(request), false);
    }

    private void publish(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        final PublishEntryRequest request = RequestBodies.json(ctx, PublishEntryRequest.class);
        PathIds.same("code", code, request.code());
        answerVersion(ctx, access.directory(ctx).publishEntry(request), false);
    }

    private void retire(final Context ctx) throws LedgerException {
        final String code = PathIds.id(ctx, "code");
        QueryParameters.of(ctx);
        final RetireEntryRequest request = RequestBodies.json(ctx, RetireEntryRequest.class);
        PathIds.same("code", code, request.code());
        answerVersion(ctx, access.directory(ctx).retireEntry(request), false);
    }

    /** A new entry is located at the entry; any other new version at the version. */
    private static void answerVersion(final Context ctx, final Committed<EntryVersion> committed, final boolean created) {
        final EntryVersion version = committed.value();
        WriteResult.answer(ctx, 201, created ? Locations.of("entries", version.code())
                : Locations.entryVersion(version.code(), version.version()), committed);
    }
}
