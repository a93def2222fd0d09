// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracechain.client.LedgerException;
import org.tracechain.client.directory.GovDirectory;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.DirectoryPage;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryQuery;
import org.tracechain.model.directory.EntryVersion;
import org.tracechain.model.directory.PublicationState;
import org.tracechain.model.directory.SharingType;

/**
 * Reads the published catalog from the ledger into a {@link CatalogSnapshot}: every page of the catalog queries,
 * then each publisher department and each cited duty once.
 */
public final class CatalogReader {

    private static final int PAGE_SIZE = 200;

    private CatalogReader() {}

    /**
     * Reads the catalog, or one department's part of it; a whole catalog is published by
     * {@link CatalogSnapshot#DEFAULT_PUBLISHER}.
     *
     * @param directory the directory client
     * @param title the catalog title to export
     * @param departmentCode a department code, or null for every department
     * @return the snapshot of published entries
     * @throws LedgerException if a query fails
     */
    public static CatalogSnapshot read(final GovDirectory directory, final String title, final String departmentCode)
            throws LedgerException {
        return read(directory, title, CatalogSnapshot.DEFAULT_PUBLISHER, departmentCode);
    }

    /**
     * Reads the catalog, or one department's part of it.
     *
     * <pre>{@code
     * CatalogSnapshot whole = CatalogReader.read(directory, "北京市政务数据资源目录", "北京市经济和信息化局", null);
     * CatalogSnapshot civil = CatalogReader.read(directory, "民政局目录", null, "BJ-MCA");
     * }</pre>
     *
     * @param directory the directory client
     * @param title the catalog title to export
     * @param publisherName who publishes the whole catalog; ignored for a department's part, which its department
     *     publishes
     * @param departmentCode a department code, or null for every department
     * @return the snapshot of published entries
     * @throws LedgerException if a query fails
     */
    public static CatalogSnapshot read(final GovDirectory directory, final String title, final String publisherName,
            final String departmentCode) throws LedgerException {
        final Map<String, EntryVersion> entries = new TreeMap<>();
        if (departmentCode != null) {
            collect(directory, Query.DEPARTMENT, departmentCode, entries);
        } else {
            // Every entry not retired is in exactly one sharing-type index.
            for (final SharingType type : SharingType.values()) {
                collect(directory, Query.SHARING_TYPE, type.name(), entries);
            }
        }
        final Map<String, Department> departments = new LinkedHashMap<>();
        final Map<String, Duty> duties = new LinkedHashMap<>();
        for (final EntryVersion entry : entries.values()) {
            if (!departments.containsKey(entry.departmentCode())) {
                departments.put(entry.departmentCode(), directory.getDepartment(entry.departmentCode()));
            }
            for (final String dutyId : entry.metadata().dutyIds()) {
                if (!duties.containsKey(dutyId)) {
                    duties.put(dutyId, directory.getDuty(dutyId));
                }
            }
        }
        if (departmentCode != null && !departments.containsKey(departmentCode)) {
            departments.put(departmentCode, directory.getDepartment(departmentCode));
        }
        final String description = departmentCode == null ? "Published entries of the government data directory"
                : "Published entries of department " + departmentCode;
        return new CatalogSnapshot(title, description, departmentCode == null ? publisherName : null, departmentCode,
                new ArrayList<>(entries.values()), departments, duties);
    }

    private enum Query { DEPARTMENT, SHARING_TYPE }

    private static void collect(final GovDirectory directory, final Query query, final String value,
            final Map<String, EntryVersion> into) throws LedgerException {
        String bookmark = null;
        do {
            final EntryQuery page = new EntryQuery(value, PAGE_SIZE, bookmark);
            final DirectoryPage<EntryVersion> result = query == Query.DEPARTMENT ? directory.entriesByDepartment(page)
                    : directory.entriesBySharingType(page);
            for (final EntryVersion entry : result.items()) {
                if (entry.state() == PublicationState.PUBLISHED) {
                    into.put(entry.code(), entry);
                }
            }
            bookmark = result.bookmark();
        } while (bookmark != null && !bookmark.isEmpty());
    }
}
