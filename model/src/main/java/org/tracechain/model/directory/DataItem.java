// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


/**
 * A data item (信息项) of a catalog entry: one field of the shared data.
 *
 * @param name item name, unique within the entry (at most 128 characters), e.g. 统一社会信用代码
 * @param type data type (at most 64 characters), e.g. string, date, number
 * @param description optional, at most 1000 characters
 */
public record DataItem(String name, String type, String description) {}
