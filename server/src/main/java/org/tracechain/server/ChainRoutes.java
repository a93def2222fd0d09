// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracechain.client.LedgerClient;
import org.tracechain.client.LedgerException;
import org.tracechain.model.json.LedgerJson;
import org.tracechain.server.http.LedgerAccess;
import org.tracechain.server.http.QueryParameters;
import org.tracechain.server.http.StoreReads;
import org.tracechain.server.store.ChainTransaction;
import org.tracechain.server.store.StorePage;

/**
 * The chain as the organisation sees it, for the console's chain page and operators:
 * <ul>
 * <li>{@code GET /chain/heights}: per channel of the organisation, the ledger's height on its peer beside the query
 * store's (the difference is the store's lag);</li>
 * <li>{@code GET /transactions?channel=&limit=&pageToken=}: the channel's transactions, valid or not, newest first,
 * from the query store (what they called, never their arguments: any member of the channel may read its blocks
 * anyway, and function names are no secret);</li>
 * <li>{@code GET /network/nodes}: each node's health as {@code tracechain network status} sees it, when the server
 * runs on the network's home; peers' heights only for the organisation's own channels.</li>
 * </ul>
 * Every authenticated caller of the organisation may ask: none of it depends on a role.
 */
final class ChainRoutes {

    /** The page size when {@code limit} is not given. */
    static final int DEFAULT_LIMIT = 20;
    /** The largest page ({@code ChainTransactions.MAX_LIMIT}). */
    static final int MAX_LIMIT = 200;

    private final LedgerAccess access;
    private final List<String> channels;
    private final Optional<NetworkNodes> nodes;

    ChainRoutes(final LedgerAccess access, final List<String> channels, final Optional<NetworkNodes> nodes) {
        this.access = access;
        this.channels = List.copyOf(channels);
        this.nodes = nodes;
    }

    void heights(final Context ctx) throws LedgerException {
        QueryParameters.of(ctx);
        final LedgerClient client = access.client(ctx);
        final List<Map<String, Object>> rows = new ArrayList<>();
        for (final String channel : channels) {
            ctx.attribute(ServerLedgerAccess.CHANNEL, channel);
            final Map<String, Object> row = new LinkedHashMap<>();
            row.put("channel", channel);
            row.put("ledgerHeight", client.blockHeight(channel));
            Long store;
            try {
                store = access.store().height(channel);
            } catch (RuntimeException e) { // no store, or it does not answer: the ledger's height still tells
                store = null;
            }
            row.put("storeHeight", store);
            rows.add(row);
        }
        json(ctx, Map.of("channels", rows));
    }

    void transactions(final Context ctx) {
        final QueryParameters query = QueryParameters.of(ctx, "channel", "limit", "pageToken");
        final String channel = query.identifier("channel").orElseThrow(() -> query.invalid("channel",
                "is required: one of this organisation's channels, " + String.join(", ", channels)));
        // 403 NOT_A_CHANNEL_MEMBER, as every store question about another channel: its store holds nothing of it.
        access.requireChannel(channel);
        final int limit = query.pageSize("limit", MAX_LIMIT).orElse(DEFAULT_LIMIT);
        final Optional<String> token = query.pageToken("pageToken");
        StoreReads.awaitRequested(ctx, access.store(), channel);
        final StorePage<ChainTransaction> page;
        try {
            page = access.store().transactions(channel, limit, token);
        } catch (IllegalArgumentException e) {
            throw query.invalid("pageToken", "is not a token this server issued");
        }
        final Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("transactions", page.items());
        page.nextPageToken().ifPresent(next -> body.put("nextPageToken", next));
        body.put("height", page.height());
        ctx.header("Tracechain-Store-Height", Long.toString(page.height()));
        json(ctx, body);
    }

    void nodes(final Context ctx) {
        QueryParameters.of(ctx);
        final Map<String, Object> body = new LinkedHashMap<>();
        if (nodes.isEmpty()) {
            // Not an error: a server may serve an organisation whose nodes run elsewhere.
            body.put("available", false);
            body.put("reason", "this server does not run on the network's home (no network recorded there), so it "
                    + "cannot see the nodes' health");
            body.put("nodes", List.of());
        } else {
            final List<NetworkNodes.Node> visible = new ArrayList<>();
            for (final NetworkNodes.Node node : nodes.get().nodes()) {
                final Map<String, Long> heights = new LinkedHashMap<>(node.heights());
                heights.keySet().retainAll(channels);
                visible.add(new NetworkNodes.Node(node.name(), node.kind(), node.organization(), node.state(),
                        node.healthy(), node.detail(), heights));
            }
            body.put("available", true);
            body.put("nodes", visible);
        }
        json(ctx, body);
    }

    private static void json(final Context ctx, final Object body) {
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("application/json; charset=utf-8").result(LedgerJson.toBytes(body));
    }
}
