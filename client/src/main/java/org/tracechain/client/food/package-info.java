// SPDX-License-Identifier: Apache-2.0
/**
 * The typed foodtrace SDK: {@link org.tracechain.client.food.FoodTrace} (one method per chaincode transaction,
 * model records in and out), {@link org.tracechain.client.food.Committed} / {@link org.tracechain.client.food.Pending}
 * results carrying the transaction id, and {@link org.tracechain.client.food.SafetyNotice} for the checkpointed
 * recall and cold-chain alert listener. Exports live in {@code org.tracechain.client.food.export}.
 */
package org.tracechain.client.food;

import org.tracechain.client.Committed;
