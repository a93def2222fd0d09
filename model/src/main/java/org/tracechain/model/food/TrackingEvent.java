// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * An immutable tracking event as stored on the ledger. {@code eventId} is the lower-case hex SHA-256 of
 * the canonical JSON ({@code LedgerJson}) of {@code body}, so anyone can recompute it; the record time
 * and transaction id are outside the hash, which makes a resubmitted identical event a duplicate.
 *
 * @param eventId hex SHA-256 of the canonical body
 * @param body what was recorded (who, what, when, where, why)
 * @param recordTime transaction timestamp at which the ledger recorded it
 * @param txId recording transaction
 */
public record TrackingEvent(String eventId, EventBody body, Instant recordTime, String txId) {}
