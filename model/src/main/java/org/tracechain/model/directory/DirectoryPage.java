// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.util.List;

/**
 * One page of a list query.
 *
 * @param items the results, in index order
 * @param bookmark pass back for the next page; empty when there are no more
 */
public record DirectoryPage<T>(List<T> items, String bookmark) {}
