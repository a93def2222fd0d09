// SPDX-License-Identifier: Apache-2.0
/**
 * The tracechain client SDK: typed access to the tracechain chaincodes through the Fabric Gateway.
 *
 * <p>The entry point is {@link org.tracechain.client.LedgerClient LedgerClient}. Identities and peer
 * connection details come from the files the network module writes under the tracechain home directory
 * (see {@link org.tracechain.client.TraceChainHome TraceChainHome}). Every failure of a ledger call is a
 * checked {@link org.tracechain.client.LedgerException LedgerException}: refused by the chaincode, committed
 * invalid, or ledger unavailable.
 */
package org.tracechain.client;
