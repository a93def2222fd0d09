// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of the catalog queries ({@code EntriesBy...}).
 *
 * @param value what to look for: department code, theme code, sharing type, update cycle, item name or duty id
 * @param pageSize 1-200, default 50
 * @param bookmark from the previous page, or empty for the first
 */
public record EntryQuery(String value, Integer pageSize, String bookmark) {}
