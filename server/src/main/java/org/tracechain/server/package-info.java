// SPDX-License-Identifier: Apache-2.0
/**
 * The tracechain HTTP server: one process per organisation that holds that organisation's wallet and speaks HTTP
 * to its users (EPCIS 2.0 REST binding, trace and recall, the government directory), with an off-chain query store
 * in PostgreSQL fed by block events. Everything it does on the ledger goes through the SDK
 * ({@code org.tracechain.client}).
 */
package org.tracechain.server;
