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
 * <pre>{@code
 * CatalogSnapshot snapshot = new CatalogSnapshot("北京市政务数据资源目录", "目录链导出", "北京市经济和信息化局", null,
 *         entries, departmentsByCode, dutiesById);
 * }</pre>
 *
 * @param title catalog title
 * @param description catalog description, or null for a generated one
 * @param publisherName who publishes the whole catalog ({@code dct:publisher}, e.g. the 政务信息资源共享主管部门);
 *     a department's catalog is published by its department and may leave this null
 * @param departmentCode the department the export is limited to, or null for the whole catalog
 * @param entries latest versions of the exported entries (only PUBLISHED ones are exported)
 * @param departments departments by code (publishers)
 * @param duties duties by id (their legal bases become applicable legislation)
 */
public record CatalogSnapshot(String title, String description, String publisherName, String departmentCode,
        List<EntryVersion> entries, Map<String, Department> departments, Map<String, Duty> duties) {

    /** The publisher of a whole catalog when none is named: the body in charge of government data sharing. */
    public static final String DEFAULT_PUBLISHER = "政务信息资源共享主管部门";

    /** Copies the collections; title and lists must be present, and a publisher for a whole catalog. */
    public CatalogSnapshot {
        Objects.requireNonNull(title, "title");
        if (departmentCode == null) {
            Objects.requireNonNull(publisherName, "publisherName is required for a whole catalog");
        }
        entries = List.copyOf(entries);
        departments = Map.copyOf(departments);
        duties = Map.copyOf(duties);
    }

    /** A snapshot whose whole-catalog publisher is {@link #DEFAULT_PUBLISHER}. */
    public CatalogSnapshot(final String title, final String description, final String departmentCode,
            final List<EntryVersion> entries, final Map<String, Department> departments, final Map<String, Duty> duties) {
        this(title, description, DEFAULT_PUBLISHER, departmentCode, entries, departments, duties);
    }
}
