// SPDX-License-Identifier: Apache-2.0
/**
 * The off-chain query store in PostgreSQL.
 *
 * <p>{@link org.tracechain.server.store.StoreProjector} follows a channel's full blocks through the SDK's
 * {@link org.tracechain.client.BlockListener} and writes each block's valid transactions into the tables of the
 * Flyway schema ({@code migration/V1__query_store.sql}) together with the channel's checkpoint, in one database
 * transaction; invalid transactions are skipped. {@link org.tracechain.server.store.PostgresQueryStore} answers the
 * API's searches from those tables, each answer with the height it reflects.
 *
 * <pre>{@code
 * StoreDatabase database = StoreDatabase.open(settings);                  // pool + migrations
 * StoreProjector food = StoreProjector.food(database.dataSource(), "foodtrace");
 * food.start(regulatorClient, e -> log.warn("projection of foodtrace failed; restarting", e));
 * StoreProjector directory = StoreProjector.directory(database.dataSource(), "govdir");
 * directory.start(govdirClient, e -> log.warn("projection of govdir failed; restarting", e));
 * QueryStore store = new PostgresQueryStore(database.dataSource(), "foodtrace");
 * // tracechain store rebuild: projector.rebuild(), then start() replays from block 0
 * // tracechain store status:  new StoreCommand(rebuild, StoreProjector::heights)
 * }</pre>
 */
package org.tracechain.server.store;
