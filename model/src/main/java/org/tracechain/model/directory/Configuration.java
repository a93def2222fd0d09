// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.directory;


import java.time.Instant;
import java.util.List;

/**
 * Channel-wide settings of the govdir chaincode. Role attributes are minted by each organisation's own
 * CA, so trust in "the regulator" must come from this ledger record, not from a certificate attribute.
 *
 * @param regulatorMspIds sorted regulator organisations
 * @param auditorMspIds sorted organisations whose auditors read everything (regulators always count)
 * @param version 1, 2, ...
 * @param updatedAt timestamp of the last change
 * @param updatedBy admin identity that made it
 * @param txId that transaction
 */
public record Configuration(List<String> regulatorMspIds, List<String> auditorMspIds, int version,
        Instant updatedAt, String updatedBy, String txId) {}
