// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * Input of {@code CreateEntry}: a catalog administrator drafts a new entry of their department (version 1).
 *
 * @param code entry code (信息资源代码), unique on the channel
 * @param departmentCode owning department (提供方)
 * @param metadata the entry's content
 * @param changeNote optional note on the version, at most 1000 characters
 */
public record CreateEntryRequest(String code, String departmentCode, EntryMetadata metadata, String changeNote) {}
