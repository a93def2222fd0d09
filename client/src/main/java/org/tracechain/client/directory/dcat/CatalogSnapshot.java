// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client.directory.dcat;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tracechain.model.directory.Department;
import org.tracechain.model.directory.Duty;
import org.tracechain.model.directory.EntryVersion;

/**
 * What a DCAT export describes: the published entry versions, and the departments and duties they refer to.
 *
 * @param title catalog title
 * @param description catalog description
 * @param departmentCode the department the export is limited to, or null for the whole catalog
 * @param entries latest versions of the exported entries (only PUBLISHED ones are exported)
 * @param departments departments by code (publishers)
 * @param duties duties by id (their legal bases become applicable legislation)
 */
public record CatalogSnapshot(String title, String description, String departmentCode, List<EntryVersion> entries,
        Map<String, Department> departments, Map<String, Duty> duties) {

    /** Copies the collections; title and lists must be present. */
    public CatalogSnapshot {
        Objects.requireNonNull(title, "title");
        entries = List.copyOf(entries);
        departments = Map.copyOf(departments);
        duties = Map.copyOf(duties);
    }
}
