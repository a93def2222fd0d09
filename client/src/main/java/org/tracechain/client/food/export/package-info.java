// SPDX-License-Identifier: Apache-2.0
/**
 * Pure, deterministic exports of foodtrace records: {@link org.tracechain.client.food.export.EpcisExport} (GS1 EPCIS
 * 2.0 JSON-LD) and {@link org.tracechain.client.food.export.FsmaCsvExport} (FSMA 204 sortable spreadsheet).
 */
package org.tracechain.client.food.export;
