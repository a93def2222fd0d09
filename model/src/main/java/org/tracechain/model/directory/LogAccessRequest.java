// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.util.List;

/**
 * Input of {@code LogAccess}: the requesting department records one use of granted data.
 *
 * @param grantId a valid grant of the caller's department
 * @param items 1-200 distinct item names, all within the grant's scope
 * @param purpose required, at most 1000 characters
 */
public record LogAccessRequest(String grantId, List<String> items, String purpose) {}
