// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Private terms as stored in the trading pair's collection: the terms and the random salt the client sent with them.
 * The public SHIP or RECEIVE event carries the hex SHA-256 of this record's canonical JSON (which is also the hash
 * Fabric keeps of the private value), so nobody outside the collection can confirm a guess of the terms: without the
 * salt, hashing plausible prices and contract numbers finds nothing.
 *
 * @param salt 64 lower-case hex digits (32 random bytes), chosen by the client
 * @param terms the terms
 */
public record SaltedTerms(String salt, TradeTerms terms) {}
