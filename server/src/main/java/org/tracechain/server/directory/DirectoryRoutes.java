// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.directory;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Objects;
import org.tracechain.server.http.ApiRoutes;
import org.tracechain.server.http.LedgerAccess;

/**
 * The government directory's HTTP API: departments and duties, catalog entries with their versions and data
 * items, sharing requests and decisions, grants, the access audit log, and {@code GET /catalog} as DCAT-AP 3.0.1.
 * Every call goes through {@link org.tracechain.client.directory.GovDirectory} signed as the request's caller, so
 * the govdir chaincode's role rules decide (a refusal arrives as a {@code LedgerException} with its code, e.g.
 * {@code ACCESS_DENIED}); this layer checks query parameters, path ids and body shape first ({@code ApiProblem}).
 *
 * <pre>{@code
 * ApiRoutes directory = new DirectoryRoutes(access, CatalogSettings.DEFAULTS);
 * directory.register(config.routes);
 * }</pre>
 *
 * <p>Request bodies are the shared model's request records ({@code org.tracechain.model.directory.*Request}), read
 * strictly. Writes answer {@link org.tracechain.server.http.WriteResult}: {@code 201} with {@code Location} when a
 * resource (a department, duty, entry version, request, grant or access log) is created, else {@code 200}.
 */
public final class DirectoryRoutes implements ApiRoutes {

    /** The OpenAPI 3.1 fragment describing these endpoints. */
    public static final String OPENAPI_RESOURCE = "org/tracechain/server/openapi/directory.json";

    private final DepartmentEndpoints departments;
    private final EntryEndpoints entries;
    private final SharingEndpoints sharing;
    private final AuditEndpoints audit;
    private final CatalogEndpoint catalog;

    /**
     * @param access the caller, and the SDK signed as the caller
     * @param settings how the DCAT export describes the catalog
     */
    public DirectoryRoutes(final LedgerAccess access, final CatalogSettings settings) {
        Objects.requireNonNull(access, "access must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        this.departments = new DepartmentEndpoints(access);
        this.entries = new EntryEndpoints(access);
        this.sharing = new SharingEndpoints(access);
        this.audit = new AuditEndpoints(access);
        this.catalog = new CatalogEndpoint(access, settings);
    }

    /** @param access the caller, and the SDK signed as the caller; the catalog with {@link CatalogSettings#DEFAULTS} */
    public DirectoryRoutes(final LedgerAccess access) {
        this(access, CatalogSettings.DEFAULTS);
    }

    @Override
    public void register(final JavalinDefaultRoutingApi routes) {
        departments.register(routes);
        entries.register(routes);
        sharing.register(routes);
        audit.register(routes);
        catalog.register(routes);
    }

    @Override
    public String openApiResource() {
        return OPENAPI_RESOURCE;
    }
}
