// SPDX-License-Identifier: Apache-2.0
/**
 * The foodtrace chaincode (Guangdong-style edible agricultural product traceability, EPCIS/CBV shaped).
 *
 * <p>{@link org.tracechain.chaincode.food.FoodTraceContract} is the only Fabric-facing class: one method per
 * transaction, decode → service → encode. Each transaction builds a {@code FoodTx} (state, caller, access
 * rules, {@code LotStore}, {@code EventLog}) and calls one service:
 * {@code LotService} (register, serials, reads), {@code CustodyService} + {@code TermsService} (ship, receive,
 * sell, private terms), {@code TransformationService} (transform, aggregate), {@code InspectionService}
 * (inspections, documents), {@code ColdChainService} (sensor readings, alerts), {@code EventService}
 * (corrections), {@code TraceService} (trace back/forward), {@code RecallService} and {@code HoldService}
 * (regulator actions), {@code ConfigurationService} (authority organisations) and {@code QueryService}
 * (paged lists, history). Every key and index is listed in {@code FoodKeys}.
 *
 * <p>Key-level endorsement follows custody: a lot's key needs its holder's peer (the receiver's while it is in
 * transit). Any transaction that writes a lot — including a regulator's recall or hold — therefore needs the
 * endorsement of each affected holder's peer; the Fabric Gateway collects these from the transaction's
 * chaincode interest.
 */
package org.tracechain.chaincode.food;
