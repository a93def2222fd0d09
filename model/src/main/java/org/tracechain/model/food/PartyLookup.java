// SPDX-License-Identifier: Apache-2.0
package org.tracechain.model.food;

/**
 * Input of {@code GetPartyByIdentifier}: the organisation registered with a party GLN or a unified social credit
 * code, as an EPCIS source or destination names it. Exactly one is given.
 *
 * @param pgln party GLN
 * @param uscc unified social credit code
 */
public record PartyLookup(String pgln, String uscc) {}
