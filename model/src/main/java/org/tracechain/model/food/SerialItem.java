// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.time.Instant;

/**
 * One item serial (一物一码, EPCIS SGTIN level) registered under a lot.
 *
 * @param serial the item's unique serial
 * @param lotId the lot the item belongs to
 * @param registeredByMspId organisation that registered it
 * @param registeredAt transaction timestamp
 * @param txId registering transaction
 */
public record SerialItem(String serial, String lotId, String registeredByMspId, Instant registeredAt, String txId) {}
