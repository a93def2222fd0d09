// SPDX-License-Identifier: Apache-2.0
/**
 * The food areas of the HTTP API, each an {@link org.tracechain.server.http.ApiRoutes}: the EPCIS 2.0 REST binding
 * ({@link org.tracechain.server.food.EpcisRoutes}: capture, capture jobs, event queries), lots, custody, trace and the
 * FSMA 204 spreadsheet ({@link org.tracechain.server.food.LotRoutes}), the other lot events
 * ({@link org.tracechain.server.food.LotEventRoutes}) and recalls ({@link org.tracechain.server.food.RecallRoutes}).
 * Writes and ledger reads go through the SDK signed as the caller; searches read the query store. Query strings and
 * bodies are read exactly or refused before anything reaches the ledger or the store.
 */
package org.tracechain.server.food;
