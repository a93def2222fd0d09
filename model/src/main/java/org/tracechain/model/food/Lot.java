// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A traceability lot as stored on the ledger.
 *
 * @param lotId traceability lot code
 * @param productCode product code
 * @param productName product name
 * @param quantity current amount
 * @param unit unit of measure
 * @param holderMspId organisation currently holding the lot
 * @param registeredBy identity that commissioned the lot
 * @param registeredAt transaction timestamp of the registration
 * @param registrationTxId transaction that registered the lot
 */
public record Lot(String lotId, String productCode, String productName, BigDecimal quantity, String unit,
        String holderMspId, String registeredBy, Instant registeredAt, String registrationTxId) {}
