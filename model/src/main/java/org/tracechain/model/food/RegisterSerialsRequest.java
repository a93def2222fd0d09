// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.util.List;

/**
 * Input of {@code RegisterSerials}: the holder registers item serials under a lot.
 *
 * @param lotId lot the items belong to
 * @param serials new, unique serials (at most 1000)
 */
public record RegisterSerialsRequest(String lotId, List<String> serials) {}
