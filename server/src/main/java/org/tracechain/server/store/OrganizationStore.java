// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tracechain.client.GatewayProfile;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.Wallet;
import org.tracechain.client.food.FoodTrace;
import org.tracechain.model.directory.DirectoryTransaction;

/**
 * One organisation's query store as {@code tracechain serve} runs it: the organisation's own schema in the database,
 * brought up to date, a projector per channel the organisation is a member of (following blocks as one of its wallet
 * identities, by default {@value #DEFAULT_USER}), and the {@link QueryStore} that answers from the tables.
 *
 * <pre>{@code
 * try (OrganizationStore store = OrganizationStore.open(DatabaseSettings.fromNetworkHome(home), home, "regulator",
 *         OrganizationStore.DEFAULT_USER)) {
 *     QueryStore queries = store.queryStore();
 * }
 * }</pre>
 */
public final class OrganizationStore implements AutoCloseable {

    /** The wallet identity whose block events feed the projection unless told otherwise: the organisation's admin. */
    public static final String DEFAULT_USER = "admin";

    private static final Logger LOG = LoggerFactory.getLogger(OrganizationStore.class);

    private final StoreDatabase database;
    private final LedgerClient client;
    private final List<StoreProjector> projectors;
    private final PostgresQueryStore queryStore;

    private OrganizationStore(final StoreDatabase database, final LedgerClient client,
            final List<StoreProjector> projectors, final PostgresQueryStore queryStore) {
        this.database = database;
        this.client = client;
        this.projectors = List.copyOf(projectors);
        this.queryStore = queryStore;
    }

    /**
     * Opens the store, applies pending migrations and starts projecting every channel of the organisation.
     *
     * @param settings where the database is
     * @param home the network home (wallet, gateway profile)
     * @param organization organisation short name
     * @param user the wallet identity that reads the blocks
     * @return the running store; close it to stop the projectors and the pool
     * @throws IOException if the identity or the gateway profile cannot be read
     */
    public static OrganizationStore open(final DatabaseSettings settings, final Path home, final String organization,
            final String user) throws IOException {
        Objects.requireNonNull(home, "home");
        final GatewayProfile profile = GatewayProfile.load(home, organization);
        final StoreDatabase database = StoreDatabase.forOrganization(settings, organization);
        LedgerClient client = null;
        final List<StoreProjector> projectors = new ArrayList<>();
        try {
            database.migrate();
            client = LedgerClient.newBuilder().identity(Wallet.open(home).identity(organization, user))
                    .profile(profile).connect();
            for (final String channel : profile.channels()) {
                final StoreProjector projector = projectorOf(database, channel);
                projectors.add(projector);
                projector.start(client, e -> LOG.warn("Projection of channel {} failed; it starts again from its "
                        + "checkpoint: {}", channel, e.getMessage()));
            }
            final String foodChannel = profile.channels().contains(FoodTrace.DEFAULT_CHANNEL)
                    ? FoodTrace.DEFAULT_CHANNEL : "";
            LOG.info("Query store of {} in schema {}: projecting {}", organization,
                    StoreDatabase.schemaOf(organization), profile.channels());
            return new OrganizationStore(database, client, projectors,
                    new PostgresQueryStore(database.dataSource(), foodChannel));
        } catch (IOException | RuntimeException e) {
            projectors.forEach(StoreProjector::close);
            if (client != null) {
                client.close();
            }
            database.close();
            throw e;
        }
    }

    /**
     * The projector for a channel: by the chaincode the project deploys on it (the default topology names each
     * channel after its chaincode).
     */
    static StoreProjector projectorOf(final StoreDatabase database, final String channel) {
        return kindOf(channel).map(kind -> kind.equals(FoodTrace.DEFAULT_CHANNEL)
                ? StoreProjector.food(database.dataSource(), channel)
                : StoreProjector.directory(database.dataSource(), channel))
                .orElseThrow(() -> new IllegalArgumentException("channel " + channel + " carries neither the foodtrace "
                        + "nor the govdir chaincode by name; the query store cannot project it"));
    }

    static Optional<String> kindOf(final String channel) {
        if (FoodTrace.DEFAULT_CHANNEL.equals(channel) || DirectoryTransaction.CHAINCODE.equals(channel)) {
            return Optional.of(channel);
        }
        return Optional.empty();
    }

    /**
     * {@code tracechain store rebuild}: empties every projected channel's tables and checkpoint in {@code database}.
     * The serve process's projectors then find their checkpoint behind them and replay from block 0 at once; a
     * server that is not running replays when it starts.
     */
    public static final StoreRebuild REBUILD = (database, out) -> {
        for (final String channel : StoreProjector.heights(database.dataSource()).keySet()) {
            try (StoreProjector projector = projectorOf(database, channel)) {
                projector.rebuild();
            }
            out.println("Emptied the projection of " + channel + "; it is replayed from block 0 by the organisation's "
                    + "server (now if it runs, else when it starts).");
        }
    };

    /** @return the query store answering from this organisation's tables */
    public QueryStore queryStore() {
        return queryStore;
    }

    @Override
    public void close() {
        projectors.forEach(StoreProjector::close);
        client.close();
        queryStore.close();
        database.close();
    }
}
