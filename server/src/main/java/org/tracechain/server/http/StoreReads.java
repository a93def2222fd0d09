// SPDX-License-Identifier: Apache-2.0
package org.tracechain.server.http;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.regex.Pattern;
import org.tracechain.model.error.ApiError;
import org.tracechain.server.store.QueryStore;

/**
 * Read-your-writes for the endpoints that answer from the query store: a client that has just written (and was
 * answered {@code blockNumber} N) sends {@value #HEADER}{@code : N}, and the read waits until the store has projected
 * block N of the endpoint's channel, at most {@link #MAX_WAIT}. Without the header the store answers at once with
 * what it has, and says which height that is ({@code Tracechain-Store-Height}).
 *
 * <pre>{@code
 * curl -H "Authorization: Bearer $TOKEN" -H "Tracechain-Await-Block: 42" "$TRACECHAIN_URL/lots?holder=ProducerMSP"
 * }</pre>
 */
public final class StoreReads {

    /** The request header naming the block to wait for. */
    public static final String HEADER = "Tracechain-Await-Block";
    /** The longest a read waits for the store. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(10);

    private static final Pattern BLOCK = Pattern.compile("0|[1-9][0-9]{0,17}");

    private StoreReads() {}

    /**
     * Waits, if the request asks to, until {@code store} has projected the requested block of {@code channel}.
     *
     * @param ctx the request
     * @param store the query store
     * @param channel the channel the endpoint reads
     * @throws ApiProblem 400 {@code INVALID_FIELD} for a header that is not a block number; 504 {@code TIMEOUT} when
     *     the store does not get there within {@link #MAX_WAIT}
     */
    public static void awaitRequested(final Context ctx, final QueryStore store, final String channel) {
        final String requested = ctx.header(HEADER);
        if (requested == null) {
            return;
        }
        if (!BLOCK.matcher(requested).matches()) {
            throw ApiProblem.badRequest("header " + HEADER + " must be a block number (the blockNumber a write answered)");
        }
        final long block = Long.parseLong(requested);
        try {
            if (!store.awaitBlock(channel, block, MAX_WAIT)) {
                throw new ApiProblem(504, ApiError.TIMEOUT.name(), "the query store had not projected block " + block
                        + " of " + channel + " after " + MAX_WAIT.toSeconds() + " s (it is at height "
                        + store.height(channel) + "); ask again later");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiProblem(503, ApiError.STORE_UNAVAILABLE.name(), "interrupted while waiting for the query store");
        }
    }
}
