// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * One committed version of a lot ({@code LotHistory}), newest first.
 *
 * @param txId transaction that wrote it
 * @param timestamp its timestamp
 * @param deleted whether the key was deleted (never, for lots)
 * @param lot the lot as written
 */
public record LotVersion(String txId, Instant timestamp, boolean deleted, Lot lot) {}
